"""What kind of file a user gave, told from its first bytes: a zip package (.docx, .xlsx, .odt…),
an OLE compound file (Word and Excel 97–2003: .doc, .xls), an Office file encrypted with a
password (Word and Excel keep the encrypted package in an OLE file), RTF. ``import`` (Word files)
and ``update --from`` (workbooks) both say what a file they cannot read is."""

from __future__ import annotations

__all__ = ["OLE_MAGIC", "kind_of_bytes", "encrypted"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# the streams of an encrypted package, named in UTF-16 in the OLE file's directory
_ENCRYPTED = tuple(name.encode("utf-16-le") for name in ("EncryptionInfo", "EncryptedPackage"))


def encrypted(data: bytes) -> bool:
    """``data`` (an OLE file, whole or as far as read) holds an Office file's encrypted package;
    an .xls or .doc holds neither of its streams."""
    return data[:8] == OLE_MAGIC and any(name in data for name in _ENCRYPTED)


def kind_of_bytes(data: bytes) -> str:
    """'zip' (docx, odt), 'encrypted' (a password-protected Office file), 'ole' (.doc), 'rtf',
    'empty' or 'other'."""
    if not data:
        return "empty"
    if data[:4] == b"PK\x03\x04":
        return "zip"
    if data[:8] == OLE_MAGIC:
        return "encrypted" if encrypted(data[: 4 * 1024 * 1024]) else "ole"
    if data[:5] == b"{\\rtf":
        return "rtf"
    return "other"
