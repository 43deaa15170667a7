"""Library documents go through the same three-step process as pages (R50)."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from documents.models import DocumentType, Issuer, LegalDocument

pytestmark = [pytest.mark.django_db, pytest.mark.req("R50")]


def document_form(**extra):
    return nested_form_data({
        "number": "314/2026/QĐ-UBND",
        "doc_type": DocumentType.objects.get(name="Quyết định").pk,
        "issuer": Issuer.objects.get(name="Ủy ban nhân dân tỉnh").pk,
        "signer": "Trần Văn Bình",
        "category": "normative",
        "issued": "2026-11-02",
        "effective": "2026-11-15",
        "expires": "",
        "validity_override": "",
        "summary": "Ban hành Quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh",
        "national_db_id": "",
        "national_db_url": "",
        "full_text": "",
        "files": inline_formset([]),
        "relations": inline_formset([]),
        **extra,
    })


def act(client, user, document, action="approve"):
    client.force_login(user)
    document.refresh_from_db()
    state = document.current_workflow_task_state
    url = reverse("wagtailsnippets_documents_legaldocument:workflow_action", args=(document.pk, action, state.pk))
    return client.post(url, {"comment": ""})


def test_a_document_is_public_only_after_editing_and_approval(client, make_user):
    drafter, editor, approver = (make_user("cv-vanthu", "Cập nhật"), make_user("pho-ban", "Biên tập"),
                                 make_user("truong-ban", "Duyệt"))
    client.force_login(drafter)
    add = reverse("wagtailsnippets_documents_legaldocument:add")
    response = client.post(add + "?locale=vi", document_form(**{"action-submit": "1"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    document = LegalDocument.objects.get(number="314/2026/QĐ-UBND")
    assert not document.live and document.workflow_in_progress
    assert client.get("/van-ban/314-2026-qd-ubnd/").status_code == 404

    act(client, approver, document)  # not the approver's step yet
    document.refresh_from_db()
    assert document.current_workflow_task.name == "Biên tập"
    act(client, editor, document)
    document.refresh_from_db()
    assert not document.live and document.current_workflow_task.name == "Duyệt"
    act(client, approver, document)
    document.refresh_from_db()
    assert document.live
    client.logout()
    assert client.get("/van-ban/314-2026-qd-ubnd/").status_code == 200


def test_a_malformed_number_is_explained_in_the_admin(client, make_user):
    client.force_login(make_user("cv-vanthu2", "Cập nhật"))
    before = LegalDocument.objects.count()
    response = client.post(reverse("wagtailsnippets_documents_legaldocument:add") + "?locale=vi",
                           document_form(number="QĐ-UBND số 12"))
    assert response.status_code == 200
    assert "không đúng mẫu" in response.content.decode()
    assert LegalDocument.objects.count() == before
