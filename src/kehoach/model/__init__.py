"""The data model every feature reads: documents and the repository they form, where things are
inside a document (``navigate``), how plans carry out programs (``links``), the one source of
review and meeting dates (``schedule``), numbering and the outgoing record (``numbering``,
``record``), and what printing and importing share: the words of citations (``citation``) and the
layout kehoach chooses where practice varies (``layout``)."""

from .document import DOCUMENT_KINDS, Document
from .repository import Repository

__all__ = ["DOCUMENT_KINDS", "Document", "Repository"]
