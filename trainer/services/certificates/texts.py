"""Every word printed on a certificate or written into its credential, in Chinese AND English.

Why constants instead of ``QCoreApplication.translate``: a certificate is bilingual on the same page
and in the same file, whatever language the app is showing; a recognition body reads the English, the
learner and their family the Chinese. Translation would pick one of the two. Keeping both texts side
by side in one module lets a reviewer check them together. ``{}`` fields are filled with ``format``.
"""

from __future__ import annotations

BRAND = ("数字桥", "Digital Bridge")

TITLE_TIER = ("数字技能{tier}证书", "Digital Skills Certificate: {tier}")
TITLE_PROGRESS = ("数字技能学习进度证明", "Digital Skills Progress Record")
CERTIFIES = ("兹证明", "This is to certify that")
DID_TIER = (
    "已学完并掌握数字技能{tier}阶段的全部 {n} 节课程。",
    "has mastered all {n} lessons of the {tier} digital-skills tier.",
)
DID_PROGRESS = ("已掌握以下 {n} 节数字技能课程。", "has mastered the following {n} digital-skills lessons.")

LESSONS = ("已掌握的课程", "Lessons mastered")
COMPETENCES = ("能力", "Competences")
FRAMEWORKS = "DigComp 2.2 / UNESCO DLGF"
LEVEL_FACE = ("DigComp 2.2 熟练水平：{level} 级（{name}）", "DigComp 2.2 proficiency level {level} ({name})")
TOP_LEVEL_FACE = (
    "DigComp 2.2 最高熟练水平：{level} 级（{name}）",
    "Highest DigComp 2.2 proficiency level: {level} ({name})",
)
LEVEL_HEADING = ("水平 {level} 级（{name}）", "level {level} ({name})")
AWARDED = ("颁发机构：{name}（{place}）", "Awarded by {name}, {place}")
FRAMEWORK_LEVEL = ("{framework} {level}", "{framework}: {level}")
CREDITS = ("{credits} {unit}", "{credits} {unit}")
DATE_OF_ISSUE = ("颁发日期", "Date of issue")
NUMBER = ("证书编号", "Certificate No.")
SIGNATURE = ("负责人签名", "Signature")
SEAL = ("盖章处", "Seal")
SCAN_TO_VERIFY = ("扫码核验", "Scan to verify")
PAGE_OF = ("第 {n} 页，共 {total} 页", "Page {n} of {total}")
DETAILS = ("证书详情", "Certificate details")
LEARNING_ASSESSMENT = ("学习与评估", "Learning and assessment")
DLGF_NOTE = ("{codes}：UNESCO DLGF", "{codes}: UNESCO DLGF")
# labels of the details page: (zh, en)
LEARNING_TIME = ("学习时长", "Learning time")
TIME_ON_TASK = ("练习时长", "Time on task")
DATES = ("学习日期", "Dates")
ASSESSMENT = ("评估", "Assessment")
ASSESSED_BY = ("评估方法", "Methods")
REMARK = ("辅导员评语", "Remark")
FRAMEWORK = ("资历框架", "Framework")
CREDITS_LABEL = ("学分", "Credits")
CENTRE_CODE = ("机构代码", "Centre code")
KEY = ("密钥指纹", "Key fingerprint")
SELF_STUDY = ("自学（由本软件评估）", "self-study (assessed in the trainer)")
IN_PERSON = ("辅导员认证：{tutor}，{date}", "tutor-validated: {tutor}, {date}")
OBSERVED = ("辅导员看学员在自己手机上做到的事", "Done on the learner's own phone, observed by a tutor")
OBSERVED_ITEM = ("{date} {tutor}：{task}", "{date} {tutor}: {task}")
OBSERVED_TASKS = ("{n} 项", "{n} tasks")  # a lesson's observed tasks counted, when they are too many to list
OBSERVED_TASK_1 = ("1 项", "1 task")
OBSERVED_LISTED = (
    "每一项都写在电子证书（JSON）里。",
    "Each task is listed in the digital credential (JSON).",
)
# DigComp 2.2 / UNESCO DLGF competences in Chinese (the English names are trainer.domain.lessons.COMPETENCES)
COMPETENCE_NAMES_ZH: dict[str, str] = {
    "0.1": "数字设备的实体操作",
    "0.2": "数字设备的软件操作",
    "1.1": "浏览、搜索和筛选数据、信息和数字内容",
    "1.2": "评估数据、信息和数字内容",
    "1.3": "管理数据、信息和数字内容",
    "2.1": "通过数字技术互动",
    "2.2": "通过数字技术分享",
    "2.3": "通过数字技术参与公民生活",
    "2.4": "通过数字技术协作",
    "2.5": "网络礼仪",
    "2.6": "管理数字身份",
    "3.1": "开发数字内容",
    "3.2": "整合和再加工数字内容",
    "3.3": "版权和许可",
    "3.4": "编程",
    "4.1": "保护设备",
    "4.2": "保护个人数据和隐私",
    "4.3": "保护健康和福祉",
    "4.4": "保护环境",
    "5.1": "解决技术问题",
    "5.2": "识别需求和技术应对方式",
    "5.3": "创造性地使用数字技术",
    "5.4": "识别数字能力差距",
    "5.5": "计算思维",
    "6.1": "操作特定领域的专门数字技术",
    "6.2": "解读和处理特定领域的数据、信息和数字内容",
}


STATUS_COMPLETED, STATUS_IN_PROGRESS = "Completed", "InProgress"

# The credential (Open Badges 3.0): names and descriptions hold both languages, Chinese first.
ACHIEVEMENT_TIER_DESC = (
    "数字桥数字技能{tier}阶段：该阶段全部课程均已掌握（每节课的测验达到掌握标准）。",
    "Digital Bridge {tier} tier of digital skills: every lesson of the tier mastered "
    "(each lesson's quizzes at or above its mastery threshold).",
)
ACHIEVEMENT_PROGRESS_DESC = (
    "数字桥数字技能课程的学习进度：列出的课程均已掌握。",
    "Progress in the Digital Bridge digital-skills lessons: every lesson listed was mastered.",
)
CRITERIA_TIER = (
    "掌握{tier}阶段的每一节课：测验第一次作答的得分达到该课的掌握标准（默认 80%），"
    "并且模拟应用和练习里的每项实际操作都通过（没有掉进陷阱）。",
    "Master every lesson of the {tier} tier: a quiz score on first tries at or above the lesson's "
    "mastery threshold (80% unless the lesson says otherwise), and every practical task in its "
    "simulated apps and drills passed (no trap taken).",
)
CRITERIA_PROGRESS = (
    "所列每节课均已掌握：测验第一次作答的得分达到该课的掌握标准（默认 80%），并且实际操作都通过。",
    "Each lesson listed was mastered: a quiz score on first tries at or above its mastery threshold "
    "(80% by default), and its practical tasks passed.",
)
EVIDENCE_LESSONS = ("在数字桥软件中掌握的课程", "Lessons mastered in the Digital Bridge trainer")
EVIDENCE_SELF = (
    "自学：由软件评估（测验和模拟应用里的实际操作），未经辅导员认证。",
    "Self-study: assessed in the trainer (quizzes and practical tasks in simulated apps); not validated "
    "by a tutor.",
)
EVIDENCE_TUTOR = (
    "辅导员 {tutor} 于 {date} 观察并认证了学员的能力。",
    "Tutor {tutor} observed and validated the learner's skills on {date}.",
)
EVIDENCE_TUTOR_NAME = ("辅导员认证", "Tutor validation")
EVIDENCE_SELF_NAME = ("自学", "Self-study")
EVIDENCE_REMARK = ("辅导员评语：{remark}", "Tutor's remark: {remark}")
EVIDENCE_LESSON = (
    "{date} 掌握（计划 {minutes} 分钟；能力 {codes}）",
    "mastered {date} ({minutes} min planned; {codes})",
)
EVIDENCE_METHODS = ("评估方法：{methods}", "Assessed by: {methods}")
RESULT_LEVEL = ("DigComp 2.2 熟练水平", "DigComp 2.2 proficiency level")
RESULT_TIME = ("计划学习时长（ISO 8601 时长）", "Planned learning time (ISO 8601 duration)")
RESULT_TIME_ON_TASK = ("实际学习时长（ISO 8601 时长）", "Measured time on task (ISO 8601 duration)")
RESULT_STATUS = ("完成状态", "Completion status")
RESULT_ASSESSMENT = ("评估方式", "Type of assessment")
RESULT_LESSONS = ("已掌握的课程数", "Lessons mastered")


def duration(minutes: int) -> tuple[str, str]:
    """A learning time as people say it: ("4 小时 40 分钟", "4 h 40 min")."""
    hours, rest = divmod(max(0, int(minutes)), 60)
    zh = " ".join(
        p for p in (f"{hours} 小时" if hours else "", f"{rest} 分钟" if rest or not hours else "") if p
    )
    en = " ".join(p for p in (f"{hours} h" if hours else "", f"{rest} min" if rest or not hours else "") if p)
    return zh, en


def iso_duration(minutes: int) -> str:
    """ISO 8601: 280 minutes is PT4H40M."""
    hours, rest = divmod(max(0, int(minutes)), 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest or not hours else "")


def method_names(methods) -> tuple[str, str]:
    """Assessment method codes in words: ("测验（只计第一次作答）、...", "quizzes, first tries only; ...")."""
    from trainer.domain.assessment import METHOD_NAMES

    names = [METHOD_NAMES.get(m, (m, m)) for m in methods]
    return "、".join(n[0] for n in names), "; ".join(n[1] for n in names)


def both(pair: tuple[str, str], sep: str = " · ", **values: object) -> str:
    """Chinese and English in one string, for the credential's names and descriptions. A value given
    as a (Chinese, English) tuple is filled in per language."""
    return sep.join(fill(text, i, **values) for i, text in enumerate(pair))


def fill(text: str, lang_index: int, **values: object) -> str:
    """``text`` with its fields filled; (zh, en) tuples give the value for language 0 or 1."""
    return text.format(**{k: v[lang_index] if isinstance(v, tuple) else v for k, v in values.items()})
