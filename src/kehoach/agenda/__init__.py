"""The agenda: what is due, when, and who is responsible.

- ``occurrences``  review schedules → dated occurrences (recurring, fixed, plan per year)
- ``plans``        which plans carry out a program in a year
- ``items``        agenda items from activities, reviews and expected plans, with their source
- ``filters``      the date window, overdue, party and kind filters; option parsing
- ``sources``      source lines, found lazily for the items shown
- ``formats``      json, csv and table output
- ``ics``          iCalendar output
- ``due``          ``run_due``: the whole ``kehoach due`` pipeline, returning data
- ``who``          responsibilities by party (``kehoach who``); ``who_formats`` renders them
"""
