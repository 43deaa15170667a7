"""R34: 50 citizens submitting at once, from separate clients, all get a distinct code and all are stored.

Transactional (the submissions are really committed by 50 threads, each with its own PostgreSQL
connection), so pytest-django runs it after the other tests and empties the tables afterwards.
"""

import threading
import uuid

import pytest
from captcha.conf import settings as captcha_settings
from django.db import connection
from django.test import Client

from home.setup import setup_portal
from participation.models import Question

SUBMISSIONS = 50


@pytest.mark.req("R34")
def test_fifty_concurrent_submissions_get_distinct_codes_and_are_all_stored(transactional_db, monkeypatch):
    monkeypatch.setattr(captcha_settings, "CAPTCHA_TEST_MODE", True)
    # An earlier transactional test may have emptied the tables: the portal (idempotent) must be there.
    setup_portal()
    before = Question.objects.count()
    start = threading.Barrier(SUBMISSIONS)
    results, errors = [None] * SUBMISSIONS, []

    def submit(number):
        try:
            client = Client(REMOTE_ADDR=f"198.51.100.{number + 1}")
            data = {
                "full_name": f"Người hỏi {number}", "address": "Bắc Ninh", "email": f"nguoi{number}@example.vn",
                "phone": "0912345678", "title": f"Câu hỏi đồng thời {number}", "body": "Nội dung",
                "captcha_0": "x", "captcha_1": "PASSED", "website": "", "submission_token": str(uuid.uuid4()),
            }
            start.wait()
            response = client.post("/hoi-dap/", data)
            results[number] = (response.status_code, data["submission_token"])
        except Exception as error:  # noqa: BLE001 - reported below with the thread's number
            errors.append((number, repr(error)))
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(n,)) for n in range(SUBMISSIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert [status for status, _token in results] == [200] * SUBMISSIONS
    stored = Question.objects.filter(submission_token__in=[token for _status, token in results])
    assert stored.count() == SUBMISSIONS
    assert len(set(stored.values_list("code", flat=True))) == SUBMISSIONS
    assert Question.objects.count() == before + SUBMISSIONS
