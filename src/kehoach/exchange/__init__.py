"""Exchange: bringing documents into the repository from other formats (and, later, out of it).

- ``importer``  ``kehoach import``: Word (.docx, and .doc/.odt through LibreOffice) → YAML drafts
"""
