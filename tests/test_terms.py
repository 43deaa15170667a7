"""Every admin-managed list (home/terms.py) behaves the same: slug from the name, order, English label."""

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from home.terms import BilingualTerm, Term, slug_for

TERM_MODELS = sorted((model for model in apps.get_models() if issubclass(model, Term)),
                     key=lambda model: model._meta.label)
BILINGUAL_MODELS = [model for model in TERM_MODELS if issubclass(model, BilingualTerm)]


def ids(model):
    return model._meta.label


def free_name(model, name):
    """Rename a seeded term of that name or its slug (rolled back with the test): its rows stay linked."""
    model.objects.filter(name=name).update(name=f"{name} (cũ)", slug=f"{slug_for(name)}-cu")
    model.objects.filter(slug=slug_for(name)).update(slug=f"{slug_for(name)}-cu")


def test_every_list_of_the_portal_is_a_term():
    labels = {model._meta.label for model in TERM_MODELS}
    assert labels == {"documents.DocumentType", "documents.Issuer", "documents.LegalField", "projects.Sector",
                      "projects.Area", "services.Sector", "participation.QuestionField"}
    assert {model._meta.label for model in BILINGUAL_MODELS} == {"projects.Sector", "projects.Area", "services.Sector",
                                                                 "participation.QuestionField"}


@pytest.mark.parametrize("model", TERM_MODELS, ids=ids)
def test_a_term_takes_its_slug_from_its_vietnamese_name(db, model):
    free_name(model, "Đất đai")
    term = model.objects.create(name="Đất đai")
    assert term.slug == "dat-dai"
    assert str(term) == "Đất đai"
    kept = model.objects.create(name="Đất đai và nhà ở", slug="nha-dat")
    assert kept.slug == "nha-dat"  # an editor's slug is kept


@pytest.mark.parametrize("model", TERM_MODELS, ids=ids)
def test_a_slug_clash_is_a_form_error_in_vietnamese(db, model):
    free_name(model, "Đất đai")
    model.objects.create(name="Đất đai")
    with pytest.raises(ValidationError) as error:
        model(name="ĐẤT ĐAI").full_clean()
    assert error.value.message_dict["slug"] == ["Đường dẫn này đã được một mục khác trong danh mục sử dụng."]


@pytest.mark.parametrize("model", TERM_MODELS, ids=ids)
def test_a_list_is_ordered_by_its_order_then_by_name(db, model):
    made = [model.objects.create(name=name, sort_order=order)
            for name, order in [("Zeta thử", 1), ("Beta thử", 5), ("Alpha thử", 5)]]
    listed = [term.name for term in model.objects.filter(pk__in=[term.pk for term in made])]
    assert listed == ["Zeta thử", "Alpha thử", "Beta thử"]


@pytest.mark.req("R15")
@pytest.mark.parametrize("model", BILINGUAL_MODELS, ids=ids)
def test_a_bilingual_term_reads_in_english_on_the_english_channel_or_falls_back_to_vietnamese(db, model):
    free_name(model, "Đất đai")
    named = model.objects.create(name="Đất đai", name_en="Land")
    unnamed = model.objects.create(name="Khoáng sản thử")
    with translation.override("en"):
        assert (named.label, unnamed.label) == ("Land", "Khoáng sản thử")
    with translation.override("vi"):
        assert (named.label, unnamed.label) == ("Đất đai", "Khoáng sản thử")


@pytest.mark.parametrize("model", TERM_MODELS, ids=ids)
def test_an_editor_adds_a_term_in_the_admin_without_typing_a_slug_and_sees_it_listed(client, make_user, model):
    client.force_login(make_user("quantri", superuser=True))
    free_name(model, "Đất đai")
    url = reverse(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:add")
    response = client.post(url, {"name": "Đất đai", "name_en": "Land", "slug": "", "sort_order": 10, "code": ""})
    assert response.status_code == 302
    assert model.objects.get(name="Đất đai").slug == "dat-dai"
    response = client.post(url, {"name": "ĐẤT ĐAI", "name_en": "", "slug": "", "sort_order": 10, "code": ""})
    assert response.status_code == 200  # the form comes back with the clash, nothing is saved
    assert "Đường dẫn này đã được một mục khác trong danh mục sử dụng." in response.content.decode()
    assert not model.objects.filter(name="ĐẤT ĐAI").exists()
    listing = client.get(reverse(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:list"))
    html = listing.content.decode()
    assert listing.status_code == 200 and "Đất đai" in html
    assert ("Land" in html) == issubclass(model, BilingualTerm)  # the English name beside a bilingual term


@pytest.mark.req("R15")
@pytest.mark.parametrize("url, param, model", [
    ("/en/public-services/procedures/", "linh_vuc", apps.get_model("services.Sector")),
    ("/en/plans/investment/", "linh_vuc", apps.get_model("projects.Sector")),
    ("/en/plans/investment/", "dia_ban", apps.get_model("projects.Area")),
])
def test_an_english_list_offers_its_terms_by_their_english_names_in_the_lists_order(db, client, url, param, model):
    response = client.get(url)
    options = {group["facet"].param: group["options"] for group in response.context["facets"]}[param]
    assert options, "the demo has items in some of these terms"
    terms = model.objects.filter(slug__in=[option["value"] for option in options])
    assert [(option["value"], option["label"]) for option in options] == [
        (term.slug, term.name_en or term.name) for term in terms]
    assert any(term.name_en for term in terms)  # English names are really shown, not only the fallback
