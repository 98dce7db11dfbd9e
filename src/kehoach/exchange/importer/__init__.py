"""``kehoach import``: Word documents → YAML drafts of the repository's format.

Reading Word (one job per module):

- ``docx_package``  open a .docx safely (size, zip bomb, password, not Word) with python-docx
- ``docx_styles``   fonts, bold, italic from styles; labels of Word's automatic numbering
- ``docx_runs``     one paragraph's text: tracked changes, fields, breaks, NBSP, legacy fonts
- ``docx_blocks``   the body as paragraphs and tables (grid columns, merges, text boxes)
- ``convert``       .doc, .odt → .docx through LibreOffice
- ``legacy``        TCVN3 (.VnTime) and VNI text → Unicode

Understanding the document:

- ``text``          spaces, comparison keys, ids, lines with columns
- ``header``        header lines (motto, Số, place and date), document type and title
- ``numbers``       the Số line: number, type code, issuers' codes, unit
- ``issuers``       issuing bodies from the header, matched to orgs.yaml or proposed
- ``orgs``          matching names to orgs.yaml (names, short names, headers, aliases, places)
- ``bases``         căn cứ: ``ref`` to the repository's documents, or cited documents
- ``sections``      the body as a tree of numbered sections
- ``body_map``      a section in the format's shape (paragraphs, items, table, subsections)
- ``plan_map``      a plan's sections: purpose, contents, budget, implementation, reviews
- ``program_map``   a program's sections: goals, areas, duties, focal points, reviews
- ``activities``    activity tables: columns, merged cells, repeated headers, totals
- ``activity_fields`` an activity's lead, support, time, budget and labelled lines
- ``timephrase``    Vietnamese time phrases → time expressions
- ``money``         money phrases → đồng
- ``reviews``       review schedule sentences → ``reviews.schedule``
- ``tail``          where the signature area starts; its columns and Nơi nhận lines
- ``signatures``    signature blocks → ``signers``
- ``recipients``    Nơi nhận groups and the archive line
- ``assemble``      one document → a draft

Writing the draft:

- ``draft``         the draft: data, TODO comments, proposals
- ``yamlout``       the YAML text with comments, read back before it is returned
- ``validation``    the draft validated in a scratch copy of the repository, and mended
- ``repository``    settings, orgs and documents of the target repository
- ``usecase``       ``run_import``: files → ``ImportResult`` (never prints, never writes)
- ``summary``       the per-file summary of a batch
"""

from .model import FileResult, ImportResult, Proposal
from .usecase import run_import

__all__ = ["FileResult", "ImportResult", "Proposal", "run_import"]
