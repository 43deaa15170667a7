"""Amounts of money as Vietnamese readers write them (R6: budget in VND)."""

from django.utils import translation


def format_vnd(amount):
    """``1234567000`` → ``1.234.567.000 đ`` (in English: ``VND 1,234,567,000``); None → ""."""
    if amount is None or amount == "":
        return ""
    amount = int(amount)
    digits = f"{abs(amount):,}"
    sign = "-" if amount < 0 else ""
    if translation.get_language() == "en":
        return f"VND {sign}{digits}"
    return f"{sign}{digits.replace(',', '.')}\u00a0đ"


def format_number(value):
    """A decimal without trailing zeros, with the reader's decimal mark: ``Decimal("3.50")`` → ``3,5`` (en: ``3.5``)."""
    if value is None:
        return ""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text if translation.get_language() == "en" else text.replace(".", ",")
