"""Naming sources: from the words of a frame to a source of the document, or a new one.

"South Korea’s National Intelligence Service (NIS)", "the NIS" and "NIS" are one source;
"Ukrainian President Volodymyr Zelenskyy" and "Zelenskyy" one person. Matching uses the
document's names, the acronym in brackets and, for people, the surname; a new source gets a
guessed kind (news agency, government, military, head of state, intelligence agency …) that
the user confirms in review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from timeline_app.core.model.timeline import Source

__all__ = ["Mention", "SourceBook", "guess_kind", "parse_mention"]

_TITLES = ("chief of staff", "prime minister", "foreign minister", "defence minister",
           "defense minister", "secretary of state", "supreme leader", "president", "minister",
           "leader", "spokesperson", "spokesman", "spokeswoman", "secretary", "general",
           "gen.", "commander", "chancellor", "king", "queen", "ambassador", "senator",
           "governor", "mayor", "chairman", "chairwoman", "director", "chief", "envoy",
           "premier", "admiral", "colonel", "captain", "lieutenant", "sheriff", "judge",
           "pope", "emir", "sultan", "prince")
_HEAD_OF_STATE = ("president", "prime minister", "supreme leader", "leader", "chancellor",
                  "king", "queen", "premier", "emir", "sultan")
_KINDS: tuple[tuple[str, str], ...] = (
    (r"\bstate[- ]run\b|\bstate media\b|\bstate television\b|\bstate broadcaster\b",
     "state media"),
    (r"\bnews agency\b|\bnews\b|\bagency\b.*\bnews\b|\bpress\b|\btimes\b|\bpost\b|\breuters\b"
     r"|\bassociated press\b|\bafp\b|\byonhap\b|\bkcna\b|\btass\b|\bxinhua\b|\binterfax\b"
     r"|\btelevision\b|\bbroadcaster\b|\bnewspaper\b", "news agency"),
    (r"\bintelligence\b|\bnis\b|\bcia\b|\bmi6\b|\bfsb\b|\bgur\b|\bsbu\b", "intelligence agency"),
    (r"\bgeneral staff\b|\bchief of staff\b|\bmilitary\b|\barmy\b|\bnavy\b|\bair force\b"
     r"|\bforces\b|\bgeneral\b|\bgen\.|\bcommander\b|\bdefen[cs]e ministry\b"
     r"|\bministry of defen[cs]e\b|\bpentagon\b|\badmiral\b|\bcolonel\b", "military"),
    (r"\bpolice\b|\bsheriff\b", "police"),
    (r"\bcourt\b|\bjudge\b|\bprosecutor", "judiciary"),
    (r"\bun\b|\bunited nations\b|\bnato\b|\beuropean union\b|\bred cross\b|\bwho\b"
     r"|\bunicef\b|\biaea\b", "international organisation"),
    (r"\bdepartment\b|\bministry\b|\bofficials?\b|\bgovernment\b|\bwhite house\b|\bkremlin\b"
     r"|\bembassy\b|\bunited states\b|\bcabinet\b|\bauthorities\b|\bparliament\b"
     r"|\bcongress\b|\bsecretary\b|\bminister\b|\bspokes(?:person|man|woman)\b|\bcommission\b"
     r"|\bgovernor\b|\bmayor\b|\bambassador\b|\bsenator\b|\bcouncil\b", "government"),
)
_COUNTRY_POSS = re.compile(r"^(?P<c>(?:[A-Z][\w.]*\s?){1,3})(?:'s|’s)\s+(?P<rest>.+)$")
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z.\-]{1,10})\)")
_GENERIC = {"general", "staff", "ministry", "defence", "defense", "foreign", "office",
            "department", "army", "police", "government", "military", "forces", "parliament",
            "council", "commission", "service", "agency", "state", "officials", "navy",
            "interior", "health", "emergency", "president", "leader", "minister"}
_NATIONALITY = re.compile(r"^(?:North Korean|South Korean|[A-Z][a-z]+(?:n|ian|ese|ish|i|ch|an)"
                          r"|U\.S\.|US|UK|EU)(?=\s)")

# Nationality adjectives to country names, for a source's country (extend as needed).
_COUNTRY_OF = {
    "Ukrainian": "Ukraine", "Russian": "Russia", "North Korean": "North Korea",
    "South Korean": "South Korea", "US": "United States", "U.S.": "United States",
    "American": "United States", "Chinese": "China", "French": "France",
    "British": "United Kingdom", "UK": "United Kingdom", "German": "Germany",
    "Israeli": "Israel", "Iranian": "Iran", "Japanese": "Japan", "Indian": "India",
    "Turkish": "Turkey", "Syrian": "Syria", "Polish": "Poland", "Italian": "Italy",
    "Spanish": "Spain", "Canadian": "Canada", "Australian": "Australia",
    "Brazilian": "Brazil", "Mexican": "Mexico", "Egyptian": "Egypt", "Sudanese": "Sudan",
    "Lebanese": "Lebanon", "Pakistani": "Pakistan", "Afghan": "Afghanistan",
    "Belarusian": "Belarus", "Georgian": "Georgia", "Kenyan": "Kenya",
    "Nigerian": "Nigeria", "Chilean": "Chile", "Peruvian": "Peru", "Greek": "Greece",
    "Dutch": "Netherlands", "Swedish": "Sweden", "Finnish": "Finland",
    "Norwegian": "Norway", "Danish": "Denmark", "Taiwanese": "Taiwan",
    "Filipino": "Philippines", "Indonesian": "Indonesia", "Vietnamese": "Vietnam",
    "Thai": "Thailand", "Saudi": "Saudi Arabia", "Qatari": "Qatar", "Iraqi": "Iraq",
    "Yemeni": "Yemen", "Ethiopian": "Ethiopia", "Somali": "Somalia", "Libyan": "Libya",
    "Moldovan": "Moldova", "Romanian": "Romania", "Hungarian": "Hungary",
    "Korea": "Korea", "EU": "European Union", "": "",
}
_COUNTRY_OF.update({c: c for c in ("Ukraine", "Russia", "North Korea", "South Korea",
                                   "United States", "China", "France", "Germany", "Israel",
                                   "Iran", "Japan", "India", "Turkey", "Syria", "Poland",
                                   "Canada", "Pakistan", "Belarus", "Taiwan", "Sudan",
                                   "Moscow", "Pyongyang", "Kyiv", "Seoul", "Beijing",
                                   "Washington", "Tehran")})
del _COUNTRY_OF[""]


@dataclass
class Mention:
    """A source as the text names it, cleaned: display name, aliases and a guessed kind."""

    text: str
    name: str
    aliases: set[str] = field(default_factory=set)
    role: str = ""
    country: str = ""
    kind: str = ""
    person: bool = False


def parse_mention(words: str) -> Mention:
    """Split a frame's noun phrase into name, acronym alias, role and country."""
    text = words.strip().rstrip(".,")
    text = re.sub(r"(?:'s|’s)$", "", text)
    text = re.sub(r"^(?:the|The)\s+", "", text)
    aliases: set[str] = set()
    acronym = _ACRONYM.search(text)
    if acronym:
        aliases.add(acronym.group(1))
        text = _ACRONYM.sub("", text).strip()
    text = re.sub(r"\bstate[- ]run\s+", "", text)
    country = ""
    poss = _COUNTRY_POSS.match(text)
    if poss:
        rest_words = poss.group("rest").split()
        if not all(w.lower() in _GENERIC for w in rest_words):
            country, text = poss.group("c").strip(), poss.group("rest")
    role, name, person = _split_title(text)
    if not country:
        nat = _NATIONALITY.match(role or text)
        if nat and (role or len(text.split()) > 1):
            country = _COUNTRY_OF.get(nat.group().strip(), "")
    if text in _COUNTRY_OF.values() or text in ("US", "U.S.", "UK"):
        country = country or text
    if name.isupper() and len(name) <= 8:
        aliases.add(name)
    if not person and _looks_personal(name):
        person = True
    kind = guess_kind(f"{words} {role}", person=person, role=role)
    return Mention(words, name, aliases, role, country, kind, person)


_ORG_WORDS = {"agency", "ministry", "department", "commission", "committee", "council",
              "network", "programme", "program", "organization", "organisation", "office",
              "service", "forces", "force", "army", "party", "union", "bank", "court", "news",
              "press", "times", "post", "group", "centre", "center", "institute", "university",
              "association", "federation", "society", "societies", "fund", "foundation",
              "nations", "states", "company", "corporation", "parliament", "government",
              "police", "staff", "front", "movement", "alliance", "coalition", "board",
              "authority", "administration", "house", "kremlin", "pentagon", "red", "cross"}


def _looks_personal(name: str) -> bool:
    """"Maria Olsen", "Dimitar Kolev": two or three capitalised words, none an acronym, a
    country or a word that names an organisation."""
    words = name.split()
    return (2 <= len(words) <= 3 and all(w[0].isupper() and not w.isupper() for w in words)
            and not any(w.lower().strip(".,") in _ORG_WORDS for w in words)
            and name not in _COUNTRY_OF.values())


def _split_title(text: str) -> tuple[str, str, bool]:
    """"Russian Chief of Staff Valery Gerasimov" → ("Russian Chief of Staff", "Valery
    Gerasimov", True): the name is what follows the last title word."""
    low = text.lower()
    best = -1
    for title in _TITLES:
        for m in re.finditer(rf"\b{re.escape(title)}(?=\s|$)", low):
            best = max(best, m.end())
    if best < 0:
        return "", text, False
    rest = text[best:].strip()
    words = rest.split()
    if words and all(w[0].isupper() for w in words) and not all(
            w.lower() in _GENERIC for w in words):
        return text[:best].strip(), rest, True
    return "", text, False


def guess_kind(words: str, person: bool = False, role: str = "") -> str:
    low = words.lower()
    bare = re.sub(r"^the\s+", "", words.strip().rstrip(".,"), flags=re.IGNORECASE)
    if bare in _COUNTRY_OF.values():
        return "government"
    role_low = role.lower()
    if person and any(re.search(rf"\b{t}\b", role_low) for t in _HEAD_OF_STATE):
        return "head of state"
    for pattern, kind in _KINDS:
        if re.search(pattern, low):
            return kind
    return "person" if person else "organisation"


def _key(text: str) -> str:
    text = text.replace("’", "'").lower()
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[^\w]+", " ", text).strip()


_SPELLED = re.compile(r"\b((?:[A-Z][\w’'\-]+ (?:(?:of|for|and|the) )?){1,6}[A-Z][\w’'\-]+) "
                      r"\(([A-Z][A-Z.\-]{1,9})\)")


class SourceBook:
    """The document's sources plus those proposed from this article, with their keys."""

    def __init__(self, existing: dict[str, Source]) -> None:
        self.existing = existing
        self.new: dict[str, Mention] = {}   # proposed id -> mention
        self._strong: dict[str, str] = {}
        self._weak: dict[str, set[str]] = {}
        self._spelled: dict[str, str] = {}
        for sid, source in existing.items():
            self._index(sid, source.name, self._aliases_of(source), source.kind)

    @staticmethod
    def _aliases_of(source: Source) -> set[str]:
        names = {source.id}
        extra = source.extra.get("aliases") if source.extra else None
        if isinstance(extra, list):
            names.update(a for a in extra if isinstance(a, str))
        return names

    def _index(self, sid: str, name: str, aliases: set[str], kind: str) -> None:
        bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
        for text in {name, bare, *aliases}:
            if text:
                self._strong.setdefault(_key(text), sid)
        for inner in re.findall(r"\(([^)]*)\)", name):
            if inner.isupper() or len(inner.split()) == 1:
                self._strong.setdefault(_key(inner), sid)
        words = bare.split()
        if 2 <= len(words) <= 4 and all(w[0].isupper() for w in words):
            for w in (words[0], words[-1]):
                if len(w) > 2:
                    self._weak.setdefault(_key(w), set()).add(sid)
        poss = _COUNTRY_POSS.match(bare)
        if poss:
            self._strong.setdefault(_key(poss.group("rest")), sid)

    def learn_acronyms(self, text: str) -> None:
        """"the paramilitary Rapid Support Forces (RSF)" anywhere in the text: a later
        source called "RSF" is that organisation, by its full name."""
        for m in _SPELLED.finditer(text):
            self._spelled.setdefault(m.group(2), m.group(1))

    def resolve(self, mention: Mention) -> tuple[str, bool]:
        """The id of the source meant, and whether it already is in the document."""
        full = self._spelled.get(mention.name.strip())
        if full is not None and _key(mention.name) not in self._strong:
            mention = parse_mention(f"{full} ({mention.name.strip()})")
        keys = [mention.text, mention.name, *mention.aliases]
        if mention.country:
            keys.append(f"{mention.country}'s {mention.name}")
        for text in keys:
            sid = self._strong.get(_key(text))
            if sid is not None:
                return sid, sid in self.existing
        if mention.person or len(mention.name.split()) == 1:
            for w in (mention.name.split() or [""])[::-1]:
                found = self._weak.get(_key(w), set())
                if len(found) == 1:
                    sid = next(iter(found))
                    return sid, sid in self.existing
        sid = self._new_id(mention.name)
        self.new[sid] = mention
        self._index(sid, mention.name, mention.aliases, mention.kind)
        return sid, False

    def _new_id(self, name: str) -> str:
        base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "source"
        sid, n = base, 2
        while sid in self.existing or sid in self.new:
            sid, n = f"{base}-{n}", n + 1
        return sid

    def name_of(self, sid: str) -> str:
        if sid in self.existing:
            return self.existing[sid].name
        mention = self.new.get(sid)
        return mention.name if mention else sid

    def register_person(self, words: str) -> None:
        """A person named in passing (a headline's "leader Kim Jong Un"), so that a later
        "Kim" can be recognised as a speaker; not a source until something is said by them."""
        mention = parse_mention(words)
        if mention.person:
            for w in mention.name.split():
                self._weak.setdefault(_key(w), set())
