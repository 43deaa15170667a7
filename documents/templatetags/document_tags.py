from django import template

from home.metadata import iso_datetime, json_ld, organization

register = template.Library()


@register.simple_tag(takes_context=True)
def legislation_json_ld(context, document):
    """schema.org ``Legislation`` for a document's page (R42), with the agency as publisher."""
    request = context["request"]
    url = request.build_absolute_uri(document.url)
    data = {
        "@type": "Legislation",
        "@id": url,
        "url": url,
        "name": f"{document.doc_type.name} {document.number}",
        "legislationIdentifier": document.number,
        "legislationType": document.doc_type.name,
        "abstract": document.summary,
        "legislationDate": document.issued.isoformat(),
        "inLanguage": document.locale.language_code if document.locale_id else "vi",
        "legislationPassedBy": {"@type": "GovernmentOrganization", "name": document.issuer.name},
        "legislationLegalForce": {
            "in_force": "https://schema.org/InForce",
            "partly_expired": "https://schema.org/PartiallyInForce",
        }.get(document.validity, "https://schema.org/NotInForce"),
        "publisher": organization(request),
    }
    if document.effective:
        data["legislationDateOfApplicability"] = document.effective.isoformat()
    if document.expires:
        data["expires"] = document.expires.isoformat()
    if document.signer:
        data["legislationResponsible"] = {"@type": "Person", "name": document.signer}
    if document.national_db_url:
        data["sameAs"] = document.national_db_url
    if document.first_published_at:
        data["datePublished"] = iso_datetime(document.first_published_at)
    return json_ld({"@context": "https://schema.org", **data})
