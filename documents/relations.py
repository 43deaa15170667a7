"""A document's links to the rest of the portal: other documents both ways (R22), the posts that
cite it (R3) and the gazette issues that published it (R14)."""

from wagtail.models import Page, ReferenceIndex

from .models import INVERSE_LABELS, DocumentRelation, GazetteIssue, RelationKind


def relations_of(document):
    """[(label, [documents])]: what it does to others ("Thay thế"), then what others do to it."""
    outgoing = (
        DocumentRelation.objects.filter(source=document, target__live=True)
        .select_related("target__doc_type")
        .order_by("kind", "sort_order")
    )
    incoming = (
        DocumentRelation.objects.filter(target=document, source__live=True)
        .select_related("source__doc_type")
        .order_by("kind", "source__issued")
    )
    groups = {}
    for relation in outgoing:
        groups.setdefault(RelationKind(relation.kind).label, []).append(relation.target)
    for relation in incoming:
        groups.setdefault(INVERSE_LABELS[relation.kind], []).append(relation.source)
    return list(groups.items())


def citing_pages(document):
    """Live pages whose body cites the document with the legal-document block (Wagtail's reference index)."""
    references = ReferenceIndex.get_references_to(document).filter(
        base_content_type__app_label="wagtailcore", base_content_type__model="page"
    )
    page_ids = {int(object_id) for object_id in references.values_list("object_id", flat=True)}
    return list(Page.objects.live().public().filter(pk__in=page_ids).order_by("-first_published_at"))


def gazette_issues_of(document):
    return list(GazetteIssue.objects.filter(live=True, entries__document=document).distinct())
