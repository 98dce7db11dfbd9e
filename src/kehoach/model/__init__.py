"""The data model every feature reads: documents and the repository they form, where things are
inside a document (``navigate``), how plans carry out programs (``links``), and the one source of
review and meeting dates (``schedule``)."""

from .document import DOCUMENT_KINDS, Document
from .repository import Repository

__all__ = ["DOCUMENT_KINDS", "Document", "Repository"]
