"""The topics seniors ask about most (issue 21) are taught, in both languages: each of the ten new
lessons exists for Chinese and English learners, and its words name what the issue asked for."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from trainer.content.loader import load_packs
from trainer.domain.curriculum import lesson_in
from trainer.domain.lessons import LessonText

LESSONS = Path(__file__).resolve().parent.parent / "lessons"

# lesson id -> (Chinese words, English words) the lesson must use somewhere a learner sees or hears
TOPICS = {
    "phone-basics": (
        ["长辈模式", "关怀模式", "长按", "返回", "亮度", "应用商店", "权限", "锁屏密码"],
        ["elder mode", "Care mode", "press and hold", "home screen", "Brightness", "app store", "permission", "lock"],
    ),
    "scams-and-tools": (
        ["刷单", "养老", "网恋", "百万保障", "注销", "出租", "电话卡", "贷款", "国家反诈中心", "来电预警", "96110",
         "12381", "一证通查"],
        ["rebates", "pension", "Romance", "Million-Yuan Protection", "cancelled", "rent", "phone card", "loan",
         "Anti-Fraud Centre", "Call warnings", "96110", "12381", "一证通查"],
    ),
    "getting-around": (
        ["打车", "一键叫车", "12306", "候补", "退票", "改签", "乘车码", "导航", "位置"],
        ["taxi", "12306", "waiting list", "refund", "change", "ride code", "navigation", "location"],
    ),
    "family-payments": (
        ["红包", "转账", "实名", "亲属卡", "免密支付", "自动续费", "上限"],
        ["red packet", "transfer", "real name", "family card", "Password-free", "renewal", "limit"],
    ),
    "farm-info": (
        ["12121", "中国天气", "中国气象", "预警", "12316", "补贴", "惠民惠农", "一卡通"],
        ["12121", "China Weather", "warning", "12316", "subsid", "惠民惠农"],
    ),
    "public-service-apps": (
        ["国家政务服务平台", "电子社保卡", "掌上12333", "国家医保服务平台", "医保码", "居民医保", "认证", "异地就医备案"],
        ["国家政务服务平台", "掌上12333", "国家医保服务平台", "medical insurance code", "pension", "another city"],
    ),
    "short-video": (
        ["关注", "拉黑", "提醒", "直播", "打赏", "AI", "举报"],
        ["follow", "block", "reminder", "live", "tip", "AI", "report"],
    ),
    "privacy-phone-care": (
        ["朋友圈", "验证", "手机号", "位置", "存储", "更新", "备份", "恢复出厂", "回收"],
        ["Moments", "approval", "phone number", "location", "storage", "update", "back", "factory", "recycl"],
    ),
    "school-helper": (
        ["家长群", "接龙", "作业", "青少年模式"],
        ["parents' group", "homework", "minor"],
    ),
    "handwriting-voice": (
        ["手写", "语音", "模糊拼音", "Windows"],
        ["voice typing", "Windows key + H", "microphone"],
    ),
}  # fmt: skip


def texts(value, lang: str) -> list[str]:
    """Every learner-facing text inside a lesson, step or element, in ``lang``."""
    if isinstance(value, LessonText):
        return [value.get(lang)] if lang in value.languages else []
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [t for f in dataclasses.fields(value) for t in texts(getattr(value, f.name), lang)]
    if isinstance(value, tuple | list):
        return [t for v in value for t in texts(v, lang)]
    return []


@pytest.fixture(scope="module")
def catalogue():
    result = load_packs([LESSONS])
    assert not result.problems, "\n".join(map(str, result.problems))
    return result.catalogue


@pytest.mark.parametrize("lesson_id", sorted(TOPICS))
def test_each_new_topic_is_taught_in_both_languages(catalogue, lesson_id):
    lesson = catalogue.get(lesson_id)
    assert lesson is not None, f"{lesson_id} is missing"
    for lang, words in zip(("zh_CN", "en"), TOPICS[lesson_id], strict=True):
        view = lesson_in(lesson, lang)
        assert view is not None, (lesson_id, lang)
        said = " ".join(texts(view.title, lang) + texts(view.objectives, lang) + texts(view.steps, lang))
        missing = [w for w in words if w.casefold() not in said.casefold()]
        assert not missing, (lesson_id, lang, missing)
        kinds = {s.kind for s in view.steps}
        assert "simulation" in kinds and len(view.quizzes) >= 4, (lesson_id, lang)


def test_the_new_lessons_teach_the_digcomp_competences_the_issue_named(catalogue):
    taught = {code for lid in TOPICS for code in catalogue.get(lid).competences}
    taught |= {code for x in catalogue.lessons for code in x.competences}
    assert {"2.4", "3.4", "4.4", "5.3"} <= taught
    assert "4.4" in catalogue.get("privacy-phone-care").competences  # recycling an old phone
    assert "2.4" in catalogue.get("school-helper").competences  # a parents' group sign-up
    assert "3.4" in catalogue.get("school-helper").competences  # the order of a block program's steps
    assert "5.3" in catalogue.get("sell-produce").competences  # digital tools change how a farm sells
