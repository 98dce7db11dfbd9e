"""``kehoach due``: what is due, when, and who leads it.

- ``items``    agenda items from activities, review occurrences and expected annual plans
- ``filters``  the date window, overdue, party and kind filters; option parsing
- ``run``      ``run_due``: the use case, returning ``DueResult``
- ``formats``  table, json, csv (and ``ics``: iCalendar)
"""

from .run import DueOptions, DueResult, run_due

__all__ = ["DueOptions", "DueResult", "run_due"]
