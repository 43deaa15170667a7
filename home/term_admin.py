"""The admin screen of every list of terms (home/terms.py): one viewset, named and iconned by each list."""

from wagtail.snippets.views.snippets import SnippetViewSet

from .terms import BilingualTerm


class TermViewSet(SnippetViewSet):
    """A list's terms in their order, with the English name beside each for a bilingual list."""

    icon = "folder-open-inverse"
    extra_columns = ()  # a list's own fields, e.g. a document type's abbreviation

    @property
    def list_display(self):
        english = ["name_en"] if issubclass(self.model, BilingualTerm) else []
        return ["name", *english, *self.extra_columns, "sort_order"]
