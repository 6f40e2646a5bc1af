"""Drafts from templates: the default wording of a request, a follow-up and a thank-you, and the
placeholder filling shared by defaults and a candidate's own templates.

Placeholders are plain ``{name}`` words from a fixed list (``PLACEHOLDERS``); anything else in
braces is left as written, so a template can never reach into an object's attributes.
"""

import re

from apps.feedback.models import TemplateKind, Topic

PLACEHOLDERS = {
    "first_name": "your first name",
    "full_name": "your full name",
    "role": "the role you applied for",
    "company": "the company",
    "topics": "the topics you ask about, as a phrase",
    "contact_first_name": "the first name of the person you write to",
    "contact_name": "the full name of the person you write to",
}

TOPIC_PHRASES = {
    Topic.INTERVIEW: "my interview",
    Topic.COVER_LETTER: "my cover letter",
    Topic.RESUME: "my résumé",
    Topic.QUALIFICATIONS: "my qualifications for the role",
    Topic.EXPERIENCE: "my experience",
    Topic.SKILLS: "my skills",
    Topic.COMMUNICATION: "how I came across",
    Topic.CULTURE_FIT: "how I would fit with the team",
    Topic.OTHER: "anything else you noticed",
}

# What the reply page asks for each topic.
TOPIC_QUESTIONS = {
    Topic.INTERVIEW: "What would have made the interview stronger?",
    Topic.COVER_LETTER: "What would have made the cover letter stronger?",
    Topic.RESUME: "What would have made the résumé stronger?",
    Topic.QUALIFICATIONS: "Which qualifications mattered most, and which were missing?",
    Topic.EXPERIENCE: "How did the experience compare with what you needed?",
    Topic.SKILLS: "Which skills would have made the difference?",
    Topic.COMMUNICATION: "How did the candidate come across?",
    Topic.CULTURE_FIT: "How would the candidate have fit with the team?",
    Topic.OTHER: "Anything else you noticed?",
}

DEFAULTS: dict[str, tuple[str, str]] = {
    TemplateKind.REQUEST: (
        "A short question about the {role} role at {company}",
        "Dear {contact_first_name},\n\n"
        "Thank you for considering me for the {role} role at {company}, and for the time you gave me. "
        "I respect your decision.\n\n"
        "I am working on getting better, and a few words of feedback on {topics} would help me a lot. "
        "Even one or two points would be valuable.\n\n"
        "Thank you again, and all the best to you and the team.\n\n"
        "Kind regards,\n{full_name}",
    ),
    TemplateKind.FOLLOW_UP: (
        "Following up — {role} at {company}",
        "Dear {contact_first_name},\n\n"
        "I hope you are well. I am following up once on my note about the {role} role at {company}. "
        "If you have a moment, a few words on {topics} would help me a great deal — and if not, "
        "I completely understand.\n\n"
        "Thank you for your time.\n\n"
        "Best regards,\n{full_name}",
    ),
    TemplateKind.THANK_YOU: (
        "Thank you for getting back to me — {role} at {company}",
        "Dear {contact_first_name},\n\n"
        "Thank you for taking the time to reply about the {role} role at {company}. "
        "I appreciate it, and I will put it to good use.\n\n"
        "All the best,\n{full_name}",
    ),
}

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def topics_phrase(topics: list[str]) -> str:
    """["interview", "resume"] → "my interview and my résumé"."""
    phrases = [TOPIC_PHRASES[Topic(value)] for value in topics if value in Topic.values]
    if not phrases:
        return "my application"
    if len(phrases) == 1:
        return phrases[0]
    return ", ".join(phrases[:-1]) + " and " + phrases[-1]


def fill(text: str, values: dict[str, str]) -> str:
    """Replace known ``{placeholders}``; leave anything else exactly as written."""
    return _PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), text)


def placeholder_values(*, owner, application, contact_name: str, topics: list[str]) -> dict[str, str]:
    full_name = (owner.full_name or "").strip()
    contact_name = (contact_name or "").strip()
    return {
        "first_name": owner.first_name,
        "full_name": full_name or owner.first_name,
        "role": application.role_title,
        "company": application.company.name,
        "topics": topics_phrase(topics),
        "contact_first_name": contact_name.split()[0] if contact_name else "hiring team",
        "contact_name": contact_name or "hiring team",
    }
