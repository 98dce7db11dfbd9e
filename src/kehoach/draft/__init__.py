"""``kehoach new``: drafts written as YAML with comments, valid as written, TODOs to fill.

- ``yamltext``  YAML text with comments (values dumped by PyYAML)
- ``common``    the ``Draft`` record, the program a plan carries out, writing without overwriting
- ``plan``      ``new plan``: next year's plan from a program and last year's plan
- ``reyear``    last year's words for the new year, citations of other documents kept as written
- ``wording``   the title and closing of a plan drafted without an earlier plan
- ``program``   ``new program``: the frame of a coordination program
- ``run``       the use cases
"""

from .run import NewResult, run_new_plan, run_new_program

__all__ = ["NewResult", "run_new_plan", "run_new_program"]
