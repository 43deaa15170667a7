"""Admin, set-up and demo hooks of citizens' questions and information requests."""

from wagtail import hooks

from . import question_demo, question_setup


@hooks.register("portal_setup")
def questions_setup(home):
    question_setup.ensure_question_fields()
    question_setup.ensure_question_process()


@hooks.register("portal_demo")
def questions_demo(home):
    question_demo.load_questions(home)
