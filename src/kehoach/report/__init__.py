"""``kehoach report``: a sơ kết / tổng kết report drafted from the data.

- ``items``    the activities of a period as they stood at its end (state, overdue, area)
- ``build``    the numbers and lists of the report (``Report``), one rule: as of the period's end
- ``outlook``  the next period (inside the window), carried-over and next-period activities
- ``naming``   the reported document cited by number, date and full names
- ``outline``  the report's parts as plain data, shared by every output
- ``docx``     the report as a plan-shaped document for the render package
- ``formats``  md, txt and docx, all rendered like the official document
"""

from .build import Report, build
from .run import run_report

__all__ = ["Report", "build", "run_report"]
