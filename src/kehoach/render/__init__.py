"""``kehoach render``: a program or plan as the official document (Decree 30/2020/NĐ-CP).

- ``run``       ``run_render``: validate the source, check the output, render
- ``batch``     ``run_render_many``: several files or folders into one folder, PDF in one LibreOffice
- ``document``  ``render``: one document in one format (docx, pdf, txt, md, html)
- ``context``   the view model: header, number and date lines, bases, signers, Nơi nhận
- ``body``      the numbered sections as a flat list of blocks (headings, paragraphs, items, table)
- ``engine``    the sandboxed Jinja environment (repository templates over built-ins) and its errors
- ``text``      filters of the text families (wrapping, columns, Markdown escaping)
- ``tables``    tables written in sections, and their plain-text layout
- ``metrics``   printed widths of Times New Roman text, for rules and balanced lines
- ``linebreak`` where a title or a signature line breaks (``breakwords``: the words it reads)
- ``sidebyside`` the widths of signature blocks side by side
- ``docx``      the .docx package around the rendered ``word/document.xml``
- ``pdf``       PDF through LibreOffice
- ``handoff``   ``--metadata``: the JSON beside a PDF for the office's document system
- ``pdfbox``    where each signature block sits in the PDF, measured from its text
"""

from .document import FORMATS, TEXT_FORMATS, render
from .run import RenderResult, run_render

__all__ = ["FORMATS", "TEXT_FORMATS", "RenderResult", "render", "run_render"]
