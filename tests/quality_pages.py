"""The pages the page-quality checks (axe-core, the Nu Html Checker) go over: one of each kind.

Later work adds its page types here, so every check covers them at once.
"""

from django.utils.timezone import now

from documents.models import GazetteIssue
from home.models import ContentPage
from directory.schedules import Week
from news.models import ArticlePage
from participation.models import ConsultationPage, SurveyPage
from projects.models import BiddingNotice, InvestmentCall, Project
from science.models import ScienceTopic, TopicStatus
from services.models import Procedure
from stats.models import FinancialReport, StatisticalRelease


def current_week_slug():
    return Week.current().slug


def first_url(queryset):
    item = queryset.first()
    assert item is not None, f"the demonstration portal has no {queryset.model._meta.verbose_name} to check"
    return item.url


def open_consultations():
    return ConsultationPage.objects.live().filter(opens_at__lte=now(), closes_at__gt=now())


def gazette_issue_url():
    issue = GazetteIssue.objects.filter(live=True).first()
    assert issue is not None, "the demonstration portal has no gazette issue to check"
    return f"/cong-bao/{issue.slug}/"


# (name, path or a function giving it, expected HTTP status)
QUALITY_PAGES = [
    ("home", "/", 200),
    ("section", "/gioi-thieu/", 200),
    ("section-with-table", "/gioi-thieu/lich-su-phat-trien/", 200),
    ("org-chart", "/gioi-thieu/co-cau-to-chuc/", 200),
    ("unit", "/gioi-thieu/co-cau-to-chuc/van-phong/", 200),
    ("leaders", "/gioi-thieu/lanh-dao/", 200),
    ("spokesperson", "/thong-tin-bao-chi/nguoi-phat-ngon/", 200),
    ("press-releases", "/thong-tin-bao-chi/thong-cao-bao-chi/", 200),
    ("content-page", lambda: first_url(ContentPage.objects.live()), 200),
    ("contacts", "/lien-he/", 200),
    ("news-section", "/tin-tuc/hoat-dong-noi-bo/", 200),
    ("article", lambda: first_url(ArticlePage.objects.live().exclude(main_image=None)), 200),
    ("article-print", lambda: first_url(ArticlePage.objects.live()) + "in/", 200),
    ("library", "/van-ban/?q=nghi+dinh&loai=nghi-dinh", 200),
    ("document", "/van-ban/42-2022-nd-cp/", 200),
    ("gazette", "/cong-bao/", 200),
    ("gazette-issue", gazette_issue_url, 200),
    ("science-register", "/khoa-hoc-cong-nghe/?linh_vuc=engineering", 200),
    ("science-topic", lambda: first_url(ScienceTopic.objects.filter(live=True, status=TopicStatus.ACCEPTED)), 200),
    ("statistics", "/thong-ke/", 200),
    ("statistical-release", lambda: first_url(StatisticalRelease.objects.filter(live=True).exclude(table={})), 200),
    ("financial-reports", "/bao-cao-tai-chinh/", 200),
    ("financial-report", lambda: first_url(FinancialReport.objects.filter(live=True)), 200),
    ("projects", "/du-an-dau-tu/?trang_thai=under_way&nam=2026", 200),
    ("projects-by-status", "/du-an-dau-tu/du-an-da-hoan-thanh/", 200),
    ("project", lambda: first_url(Project.objects.filter(live=True, status="under_way")), 200),
    ("bidding-notices", "/du-an-dau-tu/thong-tin-dau-thau/", 200),
    ("bidding-notice", lambda: first_url(BiddingNotice.objects.filter(live=True).exclude(outcome="")), 200),
    ("investment-calls", "/quy-hoach-ke-hoach/uu-dai-dau-tu/", 200),
    ("investment-call", lambda: first_url(InvestmentCall.objects.filter(live=True, locale__language_code="vi")), 200),
    ("english-investment-calls", "/en/plans/investment/", 200),
    ("procedures", "/dich-vu-cong/thu-tuc-hanh-chinh/?q=giay+phep&cap=province", 200),
    ("procedure", lambda: first_url(Procedure.objects.filter(live=True, code="1.008401", locale__language_code="vi")), 200),
    ("english-procedures", "/en/public-services/procedures/", 200),
    ("english-procedure", lambda: first_url(Procedure.objects.filter(live=True, locale__language_code="en")), 200),
    ("english-home", "/en/", 200),
    ("english-section", "/en/about/functions-and-duties/", 200),
    ("english-organisation", "/en/about/organisation/", 200),
    ("english-leaders", "/en/about/leaders/", 200),
    ("english-contact", "/en/contact/", 200),
    ("not-found", "/khong-ton-tai/", 404),
    ("english-not-found", "/en/khong-ton-tai/", 404),
    ("search", "/tim-kiem/?q=nghi+dinh", 200),
    ("search-no-results", "/en/tim-kiem/?q=zzzz+qqqq", 200),
    ("leaders-schedule", "/chi-dao-dieu-hanh/lich-lam-viec/", 200),
    ("leaders-schedule-print", lambda: f"/chi-dao-dieu-hanh/lich-lam-viec/tuan/{current_week_slug()}/in/", 200),
    ("citizen-reception", "/chi-dao-dieu-hanh/lich-tiep-cong-dan/", 200),
    ("question-form", "/hoi-dap/", 200),
    ("question-lookup", lambda: f"/hoi-dap/tra-cuu/?ma={answered_question().code}", 200),
    ("questions-answered", "/hoi-dap/da-tra-loi/", 200),
    ("question-answered", lambda: f"/hoi-dap/da-tra-loi/{answered_question().pk}/", 200),
    ("information-request-form", "/tiep-can-thong-tin/yeu-cau-cung-cap-thong-tin/", 200),
    ("consultations", "/lay-y-kien/", 200),
    ("consultation-open", lambda: first_url(open_consultations()), 200),
    ("consultation-closed", lambda: first_url(ConsultationPage.objects.live().filter(closes_at__lt=now())), 200),
    ("drafts-section", "/van-ban/du-thao-van-ban/", 200),
    ("surveys-section", "/khao-sat/", 200),
    ("survey", lambda: first_url(SurveyPage.objects.live()), 200),
]


def answered_question():
    from participation.models import Question, Status

    question = Question.objects.filter(status=Status.APPROVED, consent_to_publish=True, language="vi").first()
    assert question is not None, "the demonstration portal has no published answer to check"
    return question


def quality_pages():
    """``QUALITY_PAGES`` with every path resolved."""
    return [(name, path() if callable(path) else path, status) for name, path, status in QUALITY_PAGES]
