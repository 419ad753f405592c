"""What to tell a tutor when something about certificates goes wrong: what happened and what to do,
in Chinese and English (the CLI prints both; the GUI shows the one for the app's language)."""

from __future__ import annotations

from trainer.domain.certificate_checks import REMARK_MAX
from trainer.services.certificates import errors as E

_GUIDANCE: dict[type, tuple[str, str]] = {
    E.NoSigningKey: (
        "这台电脑上还没有机构签名密钥。请在“辅导员模式”里创建（或运行 trainer keys create），然后再颁发证书。",
        "This PC has no signing key for the centre yet. Create it in tutor setup (or run "
        "`trainer keys create`), then issue the certificate again.",
    ),
    E.WrongPassphrase: (
        "口令不对，签名密钥没有打开。请检查大小写和输入法后再试；忘记口令只能新建密钥，"
        "并把新的公钥（trainer keys export）发给认证机构。",
        "That passphrase does not open the signing key. Check Caps Lock and the input method and try "
        "again. A forgotten passphrase cannot be recovered: create a new key and send its public key "
        "(`trainer keys export`) to the recognition body.",
    ),
    E.WeakPassphrase: (
        "口令至少要 8 个字符。请用一句好记的话。",
        "The passphrase needs at least 8 characters. A short sentence you can remember works well.",
    ),
    E.KeyExists: (
        "这台电脑已经有签名密钥了。换新密钥后，认证机构需要新的公钥。",
        "This PC already has a signing key. If you replace it, recognition bodies need the new public key.",
    ),
    E.KeyFileDamaged: (
        "签名密钥文件损坏了。请从备份恢复数据文件夹里的 keys 文件夹，或新建密钥。",
        "The signing key file is damaged. Restore the keys folder of the data folder from a backup, or "
        "create a new key.",
    ),
    E.UnknownLearner: (
        "找不到这位学员（或有同名学员）。请用学员编号。",
        "No such learner (or more than one with that name). Use the learner's id.",
    ),
    E.UnknownCertificate: (
        "登记册里没有这个证书编号。",
        "There is no certificate with that id in the register.",
    ),
}


_VALIDATION: dict[str, tuple[str, str]] = {
    "validated_in_future": (
        "辅导员认证的日期（{detail}）晚于颁发日期。请填写辅导员实际看学员操作的那一天。",
        "The tutor validation date ({detail}) is after the date of issue. Give the day the tutor actually "
        "watched the learner.",
    ),
    "validated_before_learning": (
        "辅导员认证的日期（{detail}）早于学员开始学习这些课程的日子。请填写学完后当面认证的日期。",
        "The tutor validation date ({detail}) is before the learner started these lessons. Give the day "
        "the tutor validated the skills in person, after the learning.",
    ),
    "unknown_tutor": (
        "“{detail}”不是本中心登记的辅导员。请先在辅导员模式里添加这位辅导员，或写登记过的名字。",
        "“{detail}” is not a tutor registered at this centre. Add them in tutor mode first, or give a "
        "registered tutor's name.",
    ),
    "remark_too_long": (
        "要印在证书上的辅导员评语有 {detail} 个字，最多 "
        + str(REMARK_MAX)
        + " 个字。请写短一些，或不印评语。",
        "The tutor's remark to print on the certificate is {detail} characters long; at most "
        + str(REMARK_MAX)
        + " fit. Shorten it, or do not print the remark.",
    ),
}


def guidance(error: BaseException) -> tuple[str, str]:
    """(Chinese, English) guidance for a certificate error; a generic line for anything else."""
    if isinstance(error, E.InvalidValidation):
        texts = [_VALIDATION[p.code] for p in error.problems]
        details = [p.detail for p in error.problems]
        zh = "\n".join(t[0].format(detail=d) for t, d in zip(texts, details, strict=True))
        en = "\n".join(t[1].format(detail=d) for t, d in zip(texts, details, strict=True))
        return zh, en
    if isinstance(error, E.BadRecognitionFile):
        return (
            "资历框架/学分设置文件不能使用：" + error.problem + "。没有做任何更改。",
            "The qualifications framework / credits file cannot be used: "
            + error.problem
            + ". Nothing was changed.",
        )
    for kind, text in _GUIDANCE.items():
        if isinstance(error, kind):
            return text
    return ("出了点问题：" + str(error), "Something went wrong: " + str(error))
