"""``kehoach report``: a sơ kết / tổng kết report drafted from the data.

- ``build``    the numbers and lists of the report (``Report``), computed from the activities
- ``outline``  the report's parts as plain data, shared by every output
- ``docx``     the report as an official DOCX through the render package
- ``formats``  md, txt and docx
"""

from .build import Report, build
from .run import run_report

__all__ = ["Report", "build", "run_report"]
