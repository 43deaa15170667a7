"""Admin menus, set-up and demo steps of each subject live in their own module; importing them here
registers their hooks."""

from . import consultation_hooks, question_hooks  # noqa: F401
