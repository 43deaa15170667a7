"""Demonstration library for ``setup_portal --demo``: real national documents and the fictional
province's own (texts in demo_content.py), their relations, two gazette issues, and direction
posts that cite documents instead of attaching them again."""

import datetime

from django.apps import apps
from django.utils import timezone

from home.demo import find, paragraph

from .models import DocumentRelation, DocumentType, GazetteEntry, GazetteIssue, Issuer, LegalDocument, LegalField

DIRECTION_POSTS = [
    {
        "slug": "trien-khai-nghi-dinh-42-2022",
        "title": "Triển khai Nghị định 42/2022/NĐ-CP về cung cấp thông tin và dịch vụ công trực tuyến",
        "lead": "Giám đốc Sở yêu cầu các phòng, đơn vị rà soát thông tin trên Cổng theo Nghị định 42/2022/NĐ-CP.",
        "text": "Thực hiện Nghị định 42/2022/NĐ-CP của Chính phủ, Giám đốc Sở giao Văn phòng Sở chủ trì rà soát các "
                "mục tin bắt buộc, bảo đảm thời hạn cập nhật thông tin và cung cấp đầy đủ thông tin bằng tiếng Anh "
                "về cơ cấu tổ chức, chức năng, nhiệm vụ và thông tin liên hệ.",
        "cites": ["42/2022/NĐ-CP", "43/2011/NĐ-CP"],
    },
    {
        "slug": "thuc-hien-luat-tiep-can-thong-tin",
        "title": "Thực hiện Luật Tiếp cận thông tin tại Sở Khoa học và Công nghệ",
        "lead": "Sở công bố danh mục thông tin phải công khai và đầu mối cung cấp thông tin theo yêu cầu.",
        "text": "Các phòng, đơn vị cập nhật danh mục thông tin phải công khai, phân công đầu mối tiếp nhận yêu cầu "
                "cung cấp thông tin và thực hiện đúng thời hạn theo Luật Tiếp cận thông tin và Nghị định hướng dẫn.",
        "cites": ["104/2016/QH13", "13/2018/NĐ-CP"],
    },
]


def date(text):
    return datetime.datetime.strptime(text, "%d/%m/%Y").date() if text else None


def load_documents(home):
    from .demo_content import DOCUMENTS, GAZETTE_ISSUES

    locale = home.locale
    created = {}
    for item in DOCUMENTS:
        if LegalDocument.objects.filter(number=item["number"], locale=locale).exists():
            continue
        document = LegalDocument(
            number=item["number"],
            doc_type=DocumentType.objects.get_or_create(name=item["type"])[0],
            issuer=Issuer.objects.get_or_create(name=item["issuer"])[0],
            signer=item.get("signer", ""),
            issued=date(item["issued"]),
            effective=date(item.get("effective")),
            expires=date(item.get("expires")),
            validity_override=item.get("status", ""),
            summary=item["summary"],
            category=item.get("category", "normative"),
            national_db_url=item.get("national_db_url", ""),
            locale=locale,
        )
        document.save()
        document.fields.set([LegalField.objects.get_or_create(name=name)[0] for name in item.get("fields", [])])
        created[item["number"]] = document
    if not created:
        return
    by_number = {document.number: document for document in LegalDocument.objects.filter(locale=locale)}
    for item in DOCUMENTS:
        source = created.get(item["number"])
        if source is None:
            continue
        for order, (kind, target_number) in enumerate(item.get("relations", [])):
            target = by_number.get(target_number)
            if target is not None:
                DocumentRelation.objects.get_or_create(source=source, kind=kind, target=target,
                                                       defaults={"sort_order": order})
    for document in created.values():
        document.save_revision().publish()
    load_gazette(GAZETTE_ISSUES, by_number, locale)
    load_direction_posts(home, by_number)


def load_gazette(issues, by_number, locale):
    for item in issues:
        issue_date = date(item["date"])
        if GazetteIssue.objects.filter(number=item["number"], date=issue_date, locale=locale).exists():
            continue
        issue = GazetteIssue(number=item["number"], date=issue_date, locale=locale)
        issue.save()
        for order, number in enumerate(item["documents"]):
            if number in by_number:
                GazetteEntry.objects.create(issue=issue, document=by_number[number], sort_order=order)
        issue.save_revision().publish()


def load_direction_posts(home, by_number):
    """Direction posts summarise the document and link to it in the library (HD 253 Cao Bằng §3; R3)."""
    if not apps.is_installed("news"):
        return
    from home.setup import publish

    article_model = apps.get_model("news", "ArticlePage")
    section = find(home, "chi-dao-dieu-hanh/y-kien-chi-dao")
    if section is None:
        return
    for number, post in enumerate(DIRECTION_POSTS):
        cited = [by_number[n] for n in post["cites"] if n in by_number]
        if not cited or article_model.objects.filter(slug=post["slug"]).exists():
            continue
        body = [paragraph(post["text"])] + [
            {"type": "legal_document", "value": {"document": document.pk, "note": ""}} for document in cited
        ]
        article = article_model(title=post["title"], slug=post["slug"], intro=f"<p>{post['lead']}</p>", body=body,
                                author="Văn phòng Sở", event_date=timezone.localdate() - datetime.timedelta(days=5 + number),
                                locale_id=section.locale_id)
        section.add_child(instance=article)
        publish(article)
