"""``kehoach register``: the outgoing register (Sổ đăng ký văn bản đi, Decree 30/2020/NĐ-CP,
Phụ lục IV) of one body for one year.

- ``run``      ``run_register``: which documents, in which order; the columns of Phụ lục IV
- ``formats``  the ``FORMATS`` table (xlsx, docx, csv)
- ``cover``    what they share: the cover lines, the cells as text
- ``xlsx``     the workbook (openpyxl): cover rows, headings, numbered columns, print set-up
- ``docx``     the printable book: a cover page, then the table on landscape A4
"""

from .run import COLUMNS, RegisterResult, run_register

__all__ = ["COLUMNS", "RegisterResult", "run_register"]
