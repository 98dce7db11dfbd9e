"""``kehoach import``: Word documents → YAML drafts of the repository's format.

Reading Word (one job per module):

- ``docx_package``  open a .docx safely (size, zip bomb, password, not Word) with python-docx
- ``docx_styles``   fonts, bold, italic from styles; labels of Word's automatic numbering
- ``docx_runs``     one paragraph's text: tracked changes, fields, breaks, NBSP, legacy fonts
- ``docx_blocks``   the body as paragraphs and tables (grid columns, merges, text boxes)
- ``margins``       running text of the page headers and footers (kept), page numbers left out
- ``convert``       .doc, .odt → .docx through LibreOffice
- ``legacy``        TCVN3 (.VnTime) and VNI text → Unicode

Understanding the document:

- ``text``          spaces, comparison keys, ids, lines with columns
- ``header``        header lines (motto, Số, place and date)
- ``title``         the document type line, the title as broken into lines, the attached line of
                    rules, the authority line of a decision
- ``numbers``       the Số line: number, type code, issuers' codes, unit, its form
- ``issuers``       issuing bodies from the header, their parent lines and ornaments, matched to
                    orgs.yaml or proposed
- ``letterhead``    number and symbol, and the header style (``system:``, ``header:``) compared
                    with kehoach's default (``model.layout``)
- ``orgs``          matching names to orgs.yaml (names, short names, headers, aliases, places)
- ``proposed``      the name, short name and system of a body proposed for orgs.yaml
- ``bases``         căn cứ: ``ref`` to the repository's documents (worded by ``model.citation``),
                    or cited documents
- ``bases_split``   where the căn cứ end, line by line (soft breaks; a căn cứ wrapped by Enter)
- ``edges``         where the closing starts
- ``sections``      the body as a tree of numbered sections
- ``body_map``      a section in the format's shape (paragraphs, items, table, subsections)
- ``plan_map``      a plan's sections: purpose, contents, budget, implementation, reviews
- ``contents_map``  a plan's NỘI DUNG: its activities (a table, a list, subsections) and prose
- ``program_map``   a program's sections: goals, areas, duties, focal points, reviews
- ``articles_map``  a decision's or rules' body: QUYẾT ĐỊNH:, chapters, articles, clauses, points
- ``activities``    activity tables: columns, merged cells, repeated headers, totals
- ``activity_rows``   ``ActivityBuilder``: a table's rows → activities, column typos said
- ``activity_fields`` an activity's lead, co-leads, support and labelled lines
- ``activity_cells``  an activity's time and budget cells, words they would print otherwise kept
- ``lost_words``    the words of a time or budget cell its field would not print ('Trước ngày')
- ``roles``         who leads and who supports, in one cell or sentence ('X (chủ trì); Y')
- (``kehoach.timephrase``: Vietnamese time phrases → time expressions, read by ``validate`` too)
- ``money``         money phrases → đồng
- ``reviews``       review schedule sentences → ``reviews.schedule``
- ``tail``          where the signature area starts; its columns and Nơi nhận lines
- ``signatures``    signature blocks → ``signers``
- ``recipients``    Nơi nhận groups and the archive line, kept as typed where kehoach prints otherwise
- ``appendix``      Phụ lục after the signature → ``appendices`` or ``contents.layout: appendix``
- ``split``         a file of two documents (a decision, then the rules it issues): where the
                    second starts, and the rules ``attached_to`` the first
- ``assemble``      one document → a draft, its body read by kind

Writing the draft:

- ``draft``         the draft: data, TODO comments, proposals
- ``yamlout``       the YAML text with comments, read back before it is returned
- ``validation``    the draft validated in a scratch copy of the repository, and mended
- ``kept_words``    the words of the source the draft, printed again, does not hold: kept in
                    "Nội dung chưa xếp được" (nothing typed is lost)
- ``repository``    the target repository, loaded by ``load`` as every command loads it
- ``usecase``       ``run_import``: files → ``ImportResult`` (never prints, never writes)
- ``summary``       the per-file summary of a batch
"""

from .model import FileResult, ImportResult, Proposal

__all__ = ["FileResult", "ImportResult", "Proposal", "run_import"]


def __getattr__(name: str):
    # the reading and mapping modules load only when a document is imported, not at every
    # command's start (the CLI builds ``import``'s help from ``summary`` alone)
    if name == "run_import":
        from .usecase import run_import

        return run_import
    raise AttributeError(name)
