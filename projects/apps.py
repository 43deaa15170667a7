from django.apps import AppConfig


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = "Dự án, đấu thầu, mời gọi đầu tư"
