"""The project's URLs with a stand-in for the guidance basket, so the survey's referral form can be tested
whether or not the real basket has landed."""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import LocalePrefixPattern, include, path

from tarjotin import urls as project
from tarjotin.web import urls as web

BASKET = "kori/lisaa/"


def _basket_add(request):
    return HttpResponse(",".join(request.POST.getlist("item")) + "|" + request.POST.get("next", ""))


real = next(p for p in web.urlpatterns if getattr(p, "namespace", None) == "guidance")
guidance = [p for p in real.url_patterns if getattr(p, "name", None) != "basket-add"]
guidance.append(path(BASKET, _basket_add, name="basket-add"))
patterns = [p for p in web.urlpatterns if p is not real]
patterns.append(path(str(real.pattern), include((guidance, "guidance"))))
# Everything outside the language prefix as the project has it, then the resident pages with the stand-in.
urlpatterns = [p for p in project.urlpatterns if not isinstance(getattr(p, "pattern", None), LocalePrefixPattern)]
urlpatterns += i18n_patterns(path("", include((patterns, "web"))), prefix_default_language=True)
