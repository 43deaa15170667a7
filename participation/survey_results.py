"""A survey's results aggregated per question (R16): counts and percentages for choices, figures for
numbers, the answers themselves for free text; and their export for the requesting agency."""

import csv
import io
from collections import Counter
from dataclasses import dataclass, field

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Font

CHOICE_TYPES = {"dropdown", "radio", "multiselect", "checkboxes"}
MULTIPLE_TYPES = {"multiselect", "checkboxes"}
NUMBER_TYPES = {"number"}
TEXT_SAMPLE = 50  # free-text answers shown on the results page (all are in the submissions export)


@dataclass
class Option:
    label: str
    count: int
    percent: float


@dataclass
class QuestionResult:
    label: str
    kind: str  # "choice", "number" or "text"
    answered: int
    multiple: bool = False
    options: list = field(default_factory=list)
    figures: dict = field(default_factory=dict)
    answers: list = field(default_factory=list)


def percent(part, whole):
    return round(100 * part / whole, 1) if whole else 0.0


def as_list(value):
    if value in (None, ""):
        return []
    return [str(item) for item in value] if isinstance(value, list) else [str(value)]


def aggregate(page):
    """``(number of responses, [QuestionResult])`` for ``page``, in the order of its questions.

    Percentages are of those who answered the question; on a several-answers question they may add
    up to more than 100.
    """
    builder = page.form_builder([])
    responses = list(page.get_submissions().order_by("submit_time").values_list("form_data", flat=True))
    results = []
    for question in page.get_form_fields():
        name = question.clean_name
        values = [as_list(data.get(name)) for data in responses]
        given = [answer for answer in values if answer]
        if question.field_type in CHOICE_TYPES:
            counts = Counter(item for answer in given for item in answer)
            labels = [label for label, _value in builder.get_formatted_field_choices(question)]
            # Answers to a choice since renamed are still counted, after the current choices.
            labels += sorted(set(counts) - set(labels))
            options = [Option(label, counts[label], percent(counts[label], len(given))) for label in labels]
            results.append(QuestionResult(question.label, "choice", len(given),
                                          multiple=question.field_type in MULTIPLE_TYPES, options=options))
        elif question.field_type == "checkbox":
            ticked = sum(1 for data in responses if data.get(name) is True)
            options = [Option("Có", ticked, percent(ticked, len(responses))),
                       Option("Không", len(responses) - ticked, percent(len(responses) - ticked, len(responses)))]
            results.append(QuestionResult(question.label, "choice", len(responses), options=options))
        elif question.field_type in NUMBER_TYPES:
            numbers = [float(answer[0]) for answer in given]
            figures = {}
            if numbers:
                figures = {"Nhỏ nhất": min(numbers), "Lớn nhất": max(numbers),
                           "Trung bình": round(sum(numbers) / len(numbers), 2)}
            results.append(QuestionResult(question.label, "number", len(numbers), figures=figures))
        else:
            texts = [" ".join(answer) for answer in given]
            results.append(QuestionResult(question.label, "text", len(texts), answers=texts[-TEXT_SAMPLE:][::-1]))
    return len(responses), results


def result_rows(page):
    """The results as rows (for CSV and XLSX): question, answer, count, percent."""
    total, results = aggregate(page)
    rows = [["Khảo sát", page.title], ["Cơ quan đề nghị", page.requesting_agency],
            ["Thời gian", f"{timezone.localtime(page.opens_at):%d/%m/%Y %H:%M} – "
                          f"{timezone.localtime(page.closes_at):%d/%m/%Y %H:%M}"],
            ["Số phiếu trả lời", total], ["Xuất lúc", f"{timezone.localtime():%d/%m/%Y %H:%M}"], [],
            ["Câu hỏi", "Phương án / chỉ số", "Số lượng", "Tỷ lệ (%)"]]
    for result in results:
        if result.kind == "choice":
            for option in result.options:
                rows.append([result.label, option.label, option.count, option.percent])
        elif result.kind == "number":
            rows.append([result.label, "Số người trả lời", result.answered, ""])
            rows.extend([result.label, name, value, ""] for name, value in result.figures.items())
        else:
            rows.append([result.label, "Số người trả lời (câu hỏi mở)", result.answered, ""])
    return rows


def results_csv(page):
    output = io.StringIO()
    output.write("\ufeff")  # so that Excel opens the Vietnamese text as UTF-8
    csv.writer(output).writerows(result_rows(page))
    return output.getvalue().encode("utf-8")


def results_workbook(page):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Kết quả khảo sát"
    for row in result_rows(page):
        sheet.append(row)
    for cell in sheet[7]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 50
    sheet.column_dimensions["B"].width = 40
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()
