"""Entity recognition: knowledge base names, name patterns, coreference, entity records.

Order of work: (1) every KB name at a clitic-aware boundary; (2) names the patterns find;
(3) the longest non-overlapping mentions win, KB names before pattern names of the same
length; (4) role references (الهيئة، التنظيم) and short names attach to an antecedent;
(5) mentions of one entity become one record with its aliases, KB id and, for places,
the gazetteer entry the sentence's admin context points to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from fasail.kb.base import KnowledgeBase
from fasail.kb.model import KBEntity
from fasail.recognize import patterns, places
from fasail.recognize.gazetteer import BEFORE_BARE, find_names, glued_prefix, match_key
from fasail.recognize.lexicon import lexicon
from fasail.recognize.mentions import Mention
from fasail.recognize.patterns import PatternContext
from fasail.recognize.tokens import words_of
from fasail.text.names import name_key
from fasail.text.normalize import NormalizedText, normalized
from fasail.text.sentences import split_sentences
from fasail.text.timex import names_a_month

ACTOR_TYPES = ("GROUP", "STATE", "OUTLET", "PERSON")
WORD_RE = re.compile(r"[\u0621-\u064a]+")
#: Designation cues after which a country is the state acting, not a location.
STATE_CUES = ("المحظور", "محظور", "المحظوره", "محظوره")
#: Words before "من" that make the country after it an agent: "المدعوم من تركيا"، "من قبل روسيا".
AGENT_BEFORE_MIN = ("مدعوم", "المدعوم", "مدعومه", "المدعومه", "مدعومين", "المدعومين", "بدعم",
                    "باسناد", "بتمويل", "ممول", "الممول", "مموله", "المموله", "قبل", "بتوجيه",
                    "دعما", "عسكريا", "تمويلا", "تسليحا", "تدريبا", "مساعدات", "اسلحه", "وتسليحهم",
                    "وتدريبهم", "وتمويلهم", "ذخاير", "بوساطه", "وساطه", "برعايه", "بضغط", "بمشاركه",
                    "بضمانه", "ضمانه", "دعم", "ودعم", "تمويل", "تسليح", "اسناد", "مساعده")
#: Relative pronouns (folded): a word right after one is a verb ("الذي صُوّر").
RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي"})
#: Marks that end a sentence: a role word after one is not read as the name just before it.
SENTENCE_ENDS = ".!?؟"
#: Words that, right before a country, make it a location.
LOCATIVE_BEFORE = ("في", "الي", "من", "داخل", "نحو", "عبر")
#: Preference among mentions of equal length: KB actors, then region phrases and KB places,
#: then patterns.
PRIORITY = {"kb": 3, "region": 2, "place": 2, "pattern": 1}


@dataclass
class Recognition:
    """What recognition found in one text."""

    mentions: list[Mention]
    entities: list[dict]


#: The preposition ل written as a word of its own ("لـ «X»").
LAM = frozenset({"ل"})


class _NameKinds(NamedTuple):
    """A KB name's entries sorted out: its actors, its places' ids (each once, and as listed)
    and the admin units its governorates, districts and regions stand for."""

    actors: tuple
    place_ids: tuple[str, ...]
    listed_places: tuple[str, ...]
    admin_codes: frozenset[str]


class Recognizer:
    """Finds and resolves the entities of Arabic news text against a knowledge base."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.lex = lexicon()
        self._rules: dict[str, str] = {}  # rule names by entity id, asked for every KB hit
        self._coref_rules = {r.word: r for r in self.lex.coreference}
        self._heads_of_kb: dict[tuple[str, ...], set[str]] = {}
        self._coref_words = frozenset(self._coref_rules)
        self._kinds_of: dict[int, tuple[tuple, _NameKinds]] = {}  # see _kinds
        self._outside: dict[tuple[str, ...], bool] = {}  # see _outside_ontology

    def __call__(self, text: str) -> Recognition:
        norm = normalized(text)
        words = words_of(norm.text)
        ctx = PatternContext(norm.text, words, self.lex, norm.original_span)
        kb_mentions, place_starts, admin = self._kb_mentions(ctx)
        kb_mentions = [m for m in kb_mentions if not self._adjective_homograph(ctx, m)]
        proposals = kb_mentions + self._pattern_mentions(ctx, place_starts)
        mentions = self._branch_names(ctx, self._select(proposals))
        mentions = self._drop_orphan_short_names(mentions, proposals)
        # A told outlet wins over a place of that name, not over a longer actor ("الميادين نت").
        told = [t for t in self._told_outlets(ctx)
                if all(m.type == "PLACE" for m in mentions if m.overlaps(t))]
        mentions = [m for m in mentions if not any(m.overlaps(t) for t in told)] + told
        # Matched so that no shorter name inside them is misread, but the ONTOLOGY has no type
        # for them: "الأمم المتحدة" is neither a state nor an armed group.
        mentions = [m for m in mentions if not self._outside_ontology(m) and not _in_operation_name(ctx, m)]
        mentions += self._office_holders(ctx, mentions)
        mentions = [_base_as_place(ctx, self._capital_as_place(ctx, m)) for m in mentions]
        mentions.sort(key=lambda m: m.start)
        mentions += self._coreference(ctx, mentions)
        mentions += self._local_short_names(ctx, mentions)
        mentions += self._without_nationality(ctx, mentions)
        mentions.sort(key=lambda m: m.start)
        _mark_kunya_nicknames(ctx, mentions)
        return Recognition(mentions, self._entities(norm, mentions, admin))

    def _outside_ontology(self, mention: Mention) -> bool:
        """True for a KB name of a kind no entity type stands for (an international body)."""
        outside = self._outside.get(mention.kb_ids)
        if outside is None:  # asked of every mention: answered once per KB reading
            entities = [e for e in map(self.kb.get, mention.kb_ids) if e is not None]
            outside = self._outside[mention.kb_ids] = bool(entities) and all(
                e.kind in KINDS_OUTSIDE_ONTOLOGY for e in entities)
        return outside

    # -- proposals -------------------------------------------------------------------------

    def _branch_names(self, ctx: PatternContext, mentions: list[Mention]) -> list[Mention]:
        """"فرع تنظيم القاعدة في سوريا": after "فرع" a KB name "X في Y" is the parent X and the
        place Y where the branch is, not the branch's own alias. Elsewhere "X في Y" is split
        the same way when X alone names the same actor ("مركز المصالحة الروسي في حميميم": the
        centre, and the base where it sits); "القاعدة في بلاد الشام" stays one name."""
        result = []
        for m in mentions:
            split = self._parent_and_place(ctx, m) if m.type in ACTOR_TYPES and m.kb_ids else None
            result.extend(split or [m])
        return result

    def _parent_and_place(self, ctx: PatternContext, m: Mention) -> list[Mention] | None:
        at = ctx.text.find(" في ", m.start, m.end)
        if at == -1:
            return None
        i = ctx.words.index_of(m.start)
        branch = i > 0 and ctx.words[i - 1].stem in self.lex.branch_nouns
        parent = [e for e in self.kb.find(ctx.original(m.start, at)) if e.type in ACTOR_TYPES]
        place = [e for e in self.kb.find(ctx.original(at + 4, m.end)) if e.type == "PLACE"]
        # After a branch noun the parent is another actor; elsewhere the same one, at a named
        # site or town ("في بلاد الشام" closes many a group's own name).
        same = bool(parent) and parent[0].id in m.kb_ids
        if not parent or not place or same == branch or (same and not self._site_or_town(place[0].id)):
            return None
        return [Mention(m.start, at, parent[0].type, ctx.original(m.start, at), self._rule(parent[0].id),
                        kb_ids=(parent[0].id,), context={"source": "kb"}),
                Mention(at + 4, m.end, "PLACE", ctx.original(at + 4, m.end), self._rule(place[0].id),
                        kb_ids=tuple(e.id for e in place), context={"source": "place"})]

    def _kb_mentions(self, ctx: PatternContext) -> tuple[list[Mention], dict[int, int], list]:
        """Mentions of KB names; where gazetteer names start (for region phrases); the admin
        units each sentence names (to resolve same-named places)."""
        hits = [(start, end, self._kinds(entries)) for start, end, entries in find_names(ctx.text, self.kb)]
        place_starts: dict[int, int] = {}
        for start, end, kinds in hits:
            if kinds.listed_places and end > place_starts.get(start, 0):
                place_starts[start] = end
                ctx.place_ids[start] = kinds.listed_places
        admin = self._admin_by_sentence(ctx, hits)
        document_admin = set().union(*(a for _s, _e, a in admin))
        mentions, pending = [], []
        for start, end, (actors, place_ids, _, _) in hits:
            name = ctx.original(start, end)
            if place_ids and not (actors and self._actor_reading(ctx, start, end)):
                listed = (bool(mentions) and mentions[-1].type == "PLACE"
                          and _listed_after(ctx, mentions[-1], start))
                accepted, noun = self._accepted_places(ctx, place_ids, start, end, admin, document_admin,
                                                       listed)
                if accepted:
                    aliases = (ctx.original(noun, end),) if noun is not None else ()
                    mentions.append(Mention(start, end, "PLACE", name, self._rule(accepted[0]),
                                            kb_ids=tuple(accepted), aliases=aliases,
                                            context={"source": "place"}))
                    continue
                pending.append(Mention(start, end, "PLACE", name, self._rule(place_ids[0]),
                                       kb_ids=place_ids, context={"source": "place"}))
            if actors:
                if all(e.lil for e in actors):
                    name = "ال" + name  # للجيش الحر: the article merged into لل
                mentions.append(Mention(start, end, actors[0].type, name, self._rule(actors[0].entity_id),
                                        kb_ids=tuple(e.entity_id for e in actors),
                                        short=all(e.short for e in actors), context={"source": "kb"}))
        # A village accepted once in the article is accepted wherever it is named.
        known = {name_key(m.name) for m in mentions if m.type == "PLACE"}
        mentions += [m for m in pending if name_key(m.name) in known]
        return mentions, place_starts, admin

    def _kinds(self, entries: tuple) -> _NameKinds:
        """What a name's KB entries are (see _NameKinds): worked out once per entries tuple,
        which the automaton shares between all the hits of one name (the tuple is kept with
        the answer, so its id is never reused)."""
        known = self._kinds_of.get(id(entries))
        if known is None:
            places = [self.kb.places.get(e.entity_id) for e in entries if e.type == "PLACE"]
            admin = {c for p in places if p is not None and (
                p.level in ("governorate", "district") or p.kind in ("region", "natural_region"))
                for c in (p.admin1, p.admin2) if c}
            known = self._kinds_of[id(entries)] = (entries, _NameKinds(
                tuple(e for e in entries if e.type in ACTOR_TYPES),
                tuple(dict.fromkeys(e.entity_id for e in entries if e.type == "PLACE")),
                tuple(e.entity_id for e in entries if e.type == "PLACE"), frozenset(admin)))
        return known[1]

    def _site_or_town(self, place_id: str) -> bool:
        """True for a town, village, quarter or named site, not a country or a region."""
        place = self.kb.places.get(place_id)
        return place is not None and (place.level in ("community", "neighbourhood") or place.kind == "site")

    def _adjective_homograph(self, ctx: PatternContext, m: Mention) -> bool:
        """True when a name written like an adjective follows an indefinite noun or adjective
        it qualifies ("مصادر عسكرية سورية"), rather than naming the country ("في سورية"). A
        name written with the accusative ending ("مقاتلاً سورياً") is always the adjective."""
        ending = ctx.original(m.end - 1, min(m.end + 1, len(ctx.text)))
        if m.type in ("STATE", "PLACE") and places.TANWEEN_FATH in ending:
            return True
        if match_key(m.name) not in self.lex.adjective_homographs:
            return False
        i = ctx.words.index_of(m.start)
        if i == 0 or not ctx.words.joined(i - 1) or ctx.words[i].prefix:
            return False
        before = ctx.words[i - 1]
        return not (before.prefix or ctx.is_stop(before) or before.text in self.lex.compass
                    or before.text in self.lex.locative_cues or before.text in self.lex.strong_locative_cues)

    @staticmethod
    def _admin_by_sentence(ctx: PatternContext, hits: list[tuple[int, int, _NameKinds]]
                           ) -> list[tuple[int, int, set[str]]]:
        """Each sentence's span and the admin units (governorates, districts) it names."""
        spans = [(s.start, s.end, set()) for s in split_sentences(ctx.text)]
        for start, _end, kinds in hits:
            codes = kinds.admin_codes
            if codes:
                for s_start, s_end, found in spans:
                    if s_start <= start < s_end:
                        found.update(codes)
        return spans

    def _accepted_places(self, ctx: PatternContext, place_ids, start: int, end: int,
                         admin: list[tuple[int, int, set[str]]],
                         document_admin: set[str], listed: bool = False) -> tuple[list[str], int | None]:
        """The candidates this mention may be: prominent places need no cue; a village needs a
        place noun, or a locative cue with a multi-word name or its governorate in the sentence
        (``document_admin``: the admin units of all sentences); a name joined by و to a place
        just accepted (``listed``) is one more item of that list. Also where the place noun
        before the name begins (None when there is none), which the mention's alias needs."""
        if places.is_adjective(ctx, start) or places.is_place_noun(ctx, start, end) or (
                names_a_month(ctx.text, start, end)) or _introduced(ctx, start) or (
                _after_relative(ctx, start)):
            return [], None  # "في آذار الماضي" is a date, "الملقب «أبو عمر»" a person, "الذي صُوّر" a verb
        sentence_admin = next((a for s, e, a in admin if s <= start < e), set())
        accepted = []
        cue = "strong" if listed else places.place_cue(ctx, start, end)
        noun_at = places.noun_before(ctx, start)
        noun = noun_at is not None
        multiword = " " in match_key(ctx.original(start, end))
        for pid in place_ids:
            place = self.kb.places[pid]
            if not (cue or noun) and places.plain_word_place(ctx, place, start, end):
                continue
            if not noun and place.level == "community" and places.superlative(ctx, start, end):
                continue
            units = {place.admin1, place.admin2} - {None}
            if ((place.level or place.kind) in places.PROMINENT or noun or cue == "strong"
                    or cue and (multiword or units & sentence_admin)
                    or cue == "locative" and units & document_admin):
                accepted.append(pid)
        return accepted, noun_at

    def _actor_reading(self, ctx: PatternContext, start: int, end: int) -> bool:
        """A name that is both an actor and a place (روسيا، الميادين) reads as the actor
        unless a locative word comes right before it (not after a designation cue)."""
        if ctx.text[max(0, start - 1) : start] == "(" and ctx.text[end : end + 1] == ")":
            return False  # "حلب (سوريا) - (أ ف ب):": a dateline's country is where it is
        before = WORD_RE.findall(ctx.text[max(0, start - 20) : start])
        if any(cue in before for cue in STATE_CUES):
            return True
        if len(before) >= 2 and before[-1] == "من" and before[-2] in AGENT_BEFORE_MIN:
            return True
        glued = ctx.text[max(0, start - 1) : start]
        return not ((before and before[-1] in LOCATIVE_BEFORE) or glued == "ب")

    def _rule(self, entity_id: str) -> str:
        rule = self._rules.get(entity_id)
        if rule is None:
            entity = self.kb.get(entity_id)
            where = entity.where.split(":")[0] if entity else "kb"
            rule = self._rules[entity_id] = f"{where}#{entity_id}"
        return rule

    def _pattern_mentions(self, ctx: PatternContext, place_starts: dict[int, int]) -> list[Mention]:
        found: list[Mention] = []
        for finder in (patterns.find_groups, patterns.find_quoted_groups, patterns.find_persons,
                       patterns.find_outlets, patterns.find_state_adjectives):
            found.extend(finder(ctx))
        for m in found:
            m.context.setdefault("source", "pattern")
        for m in [*places.find_regions(ctx, place_starts), *places.find_place_nouns(ctx, place_starts)]:
            m.context.setdefault("source", "region" if "#region_head" in m.rule else "pattern")
            found.append(m)
        for m in found:
            self._link_to_kb(m)
            if "within" in m.context:
                m.context["within"] = ctx.place_ids.get(m.context["within"][0], ())
        return found

    def _capital_as_place(self, ctx: PatternContext, m: Mention) -> Mention:
        """"يصل وفد تركي إلى موسكو": a capital the KB reads as its state is the city after a
        word of going or being somewhere."""
        i = ctx.words.index_of(m.start)
        if m.type != "STATE" or match_key(m.name) not in self.lex.capital_cities or i == 0:
            return m
        word = ctx.words[i]
        before = ctx.words[i - 1]
        glued = word.prefix.removesuffix("ال") in ("ب", "ل")  # "بموسكو"
        if not glued and before.text not in self.lex.place_prepositions:
            return m
        return Mention(m.start, m.end, "PLACE", m.name, f"{patterns.RULES}#capital_cities",
                       context={"source": "pattern"})

    def _office_holders(self, ctx: PatternContext, mentions: list[Mention]) -> list[Mention]:
        """Persons named only after their office and group ("المتحدث باسم «قسد» فرهاد شامي")."""
        found = [h for h in patterns.find_office_holders(ctx, mentions)
                 if not any(h.overlaps(m) for m in mentions)]
        for m in found:
            m.context["source"] = "pattern"
            self._link_to_kb(m)
        return found

    def _link_to_kb(self, mention: Mention) -> None:
        """A pattern name that is a KB name of the same type gets that KB entry."""
        candidates = [e for e in self.kb.find(mention.name) if e.type == mention.type]
        if candidates:
            mention.kb_ids = tuple(e.id for e in candidates)

    # -- selection -------------------------------------------------------------------------

    def _select(self, proposals: list[Mention]) -> list[Mention]:
        """Longest mentions first; a KB person inside a longer name is kept as well."""
        kb_actors = [m for m in proposals if m.context.get("source") == "kb" and m.type != "PERSON"]
        proposals = [m for m in proposals if not self._swallows_kb_name(m, kb_actors)]
        ranked = sorted(proposals, key=lambda m: (
            -m.length, -PRIORITY[m.context.get("source", "pattern")], m.start))
        chosen: list[Mention] = []
        # The characters chosen mentions cover: most proposals overlap none, which one look
        # at this map tells without a pass over every mention chosen so far.
        covered = bytearray(max((m.end for m in ranked), default=0))
        empty = False  # an empty span covers no character yet counts as overlapping
        for m in ranked:
            free = not empty and m.end > m.start and covered.find(1, m.start, m.end) == -1
            clash = [] if free else [c for c in chosen if c.start < m.end and m.start < c.end]
            if not clash or m.type == "PERSON" and m.context.get("source") == "kb" and all(
                    c.start <= m.start and m.end <= c.end and c.type != "PERSON" for c in clash):
                chosen.append(m)
                covered[m.start : m.end] = b"\x01" * (m.end - m.start)
                empty = empty or m.end <= m.start
        return sorted(chosen, key=lambda m: m.start)

    @staticmethod
    def _swallows_kb_name(m: Mention, kb_actors: list[Mention]) -> bool:
        """An unquoted pattern name running past a KB name ("لواء الأقصى الأمان") is wrong."""
        if m.context.get("source") != "pattern" or "quote" in m.rule or m.type not in ("GROUP", "STATE"):
            return False
        return any(m.start <= k.start and k.end <= m.end and k.length < m.length for k in kb_actors)

    @staticmethod
    def _drop_orphan_short_names(mentions: list[Mention], proposals: list[Mention]) -> list[Mention]:
        """A short name (الجولاني) counts only when a full name of that person is in the text,
        or when its form alone makes it a person's name (a kunya: "أبو خديجة")."""
        full = {kb for m in mentions if not m.short for kb in m.kb_ids}
        formed = {(m.start, m.end) for m in proposals
                  if m.type == "PERSON" and m.context.get("source") == "pattern"}
        return [m for m in mentions if not m.short or set(m.kb_ids) & full or (m.start, m.end) in formed]

    def _told_outlets(self, ctx: PatternContext) -> list[Mention]:
        """An outlet's bare name that is also a place or a word (الميادين، الجزيرة), glued to ل
        after a telling cue: "قالت مصادر ميدانية للميادين"، "في تصريح للجزيرة"."""
        told_names = _told_names(self.kb)
        words = ctx.words
        found = []
        alone = {i + 1 for i in words.having(LAM) if words[i].text == "ل"}  # a ل standing alone
        for word in words:
            # "للميادين" (glued), or "لـ «الشرق الأوسط»" (the ل standing alone before the quotes)
            loose = (word.index in alone and word.prefix in ("", "ال")
                     and words.gap(word.index - 1).strip(' "«»“”') == "")
            if word.prefix not in ("ل", "لل") and not loose:
                continue
            key = "ال" + word.stem if word.prefix.endswith("ال") or word.prefix == "لل" else word.stem
            told = _told_name_at(words, word.index, key, told_names)
            if told is None:
                continue
            last, outlet = told
            before = words[max(0, word.index - TELL_REACH - int(loose)) : word.index]
            if any(w.text in self.lex.telling_cues or w.stem in self.lex.telling_cues for w in before):
                start, end = word.name_start, words[last].end
                found.append(Mention(start, end, "OUTLET", ctx.original(start, end),
                                     "recognizer#told_outlet", kb_ids=(outlet,)))
        return found

    # -- references ------------------------------------------------------------------------

    def _coreference(self, ctx: PatternContext, mentions: list[Mention]) -> list[Mention]:
        """Role words (الهيئة، التنظيم، النظام) linked to the latest fitting antecedent."""
        found = []
        rules = self._coref_rules
        taken = [(m.start, m.end) for m in mentions]
        newest: Mention | None = None  # what "التنظيم الجديد" stood for last
        for i in ctx.words.having(self._coref_words):  # the words a rule may be written as
            word = ctx.words[i]
            # "للواء": ل + اللواء, the article's lam merged into the stem's
            hidden_article = word.prefix.endswith("ل") and word.stem.startswith("ل")
            token = "ال" + word.stem if word.has_article or hidden_article else word.text
            rule = rules.get(token)
            start = word.name_start if word.prefix.endswith("ال") else word.stem_start
            # A name may start after the word's proclitics ("للجيش السوري"): test where the
            # role word itself starts.
            if rule is None or any(s <= start < e for s, e in taken):
                continue
            if rule.head == "*" and word.index > 0 and ctx.words.joined(word.index - 1) and (
                    ctx.words[word.index - 1].has_article):
                continue  # "الأسبوع الأخير": an adjective, not "the latter"
            new = word.index + 1 < len(ctx.words) and ctx.words[word.index + 1].text in NEW
            antecedent = ((new and (_newly_formed(ctx, mentions, word) or newest))
                          or (rule.head == "*group" and _introduced_as(ctx, mentions, word))
                          or self._antecedent(rule, mentions + found, word.start, ctx,
                                              latest=_demonstrative(ctx, word.index)))
            if new and antecedent is not None:
                newest = antecedent
            if antecedent is not None:
                found.append(Mention(start, word.end, antecedent.type, ctx.original(start, word.end),
                                     f"name_patterns.yaml#coreference:{rule.label}",
                                     kb_ids=antecedent.kb_ids,
                                     context={"source": "coref", "antecedent": antecedent}))
            elif rule.default and self.kb.get(rule.default):
                entity = self.kb.get(rule.default)
                found.append(Mention(start, word.end, entity.type, ctx.original(start, word.end),
                                     f"name_patterns.yaml#coreference:{rule.label}",
                                     kb_ids=(entity.id,), context={"source": "coref"}))
        return found

    def _kb_heads(self, kb_ids: tuple[str, ...]) -> set[str]:
        """Head words of a KB actor's names ("تنظيم الدولة الإسلامية" → تنظيم): "التنظيم" may
        point back at "داعش", which the KB also calls by a name with that head."""
        heads = self._heads_of_kb.get(kb_ids)
        if heads is None:
            entities = [e for e in map(self.kb.get, kb_ids) if e is not None]
            heads = self._heads_of_kb[kb_ids] = {
                match_key(n).split()[0].removeprefix("ال") for e in entities for n in e.names if n.strip()}
        return heads

    def _antecedent(self, rule, mentions: list[Mention], position: int, ctx: PatternContext,
                    latest: bool = False) -> Mention | None:
        """The antecedent of a role word: a mention before it whose name starts with the
        rule's head word; the entity most often named with that head, then most often named,
        then the latest. "هذا التنظيم" and "التنظيم الأخير" point at the latest. Role words
        resolved before count for the name they stand for."""
        earlier = sorted((m for m in mentions if m.end <= position), key=lambda m: m.start)
        if rule.head in ("*", "*group"):
            wanted = ("GROUP",) if rule.head == "*group" else ("GROUP", "STATE", "PERSON")
            if rule.label.endswith("ة"):  # "الأخيرة" is a group or a state, not a man
                wanted = tuple(t for t in wanted if t != "PERSON")
            # "الذي كان يحمل اسم «لواء الإسلام»": a name cited as a name is no participant
            fitting = [m for m in earlier if m.type in wanted and not _cited_name(ctx, m)]
            # "the latter": the last participant named, not a qualifier ("أبو X من «Y»").
            free = [m for m in fitting[-2:] if not _after_preposition(ctx, m)]
            return _resolved((free or fitting)[-1]) if fitting else None
        wanted = (rule.type,) if rule.type else ("GROUP", "STATE")
        head = rule.head.removeprefix("ال")
        fitting = []
        for m in earlier:
            heads = {match_key(n).split()[0].removeprefix("ال") for n in (m.name, *m.aliases) if n.strip()}
            heads.add(_head_before(ctx, m))  # تنظيم «جند الأقصى»: the head noun outside the quotes
            if m.type in wanted and head in heads:
                fitting.append(m)
        if not fitting:  # a state's army is "الجيش" only where the article names it so
            fitting = [m for m in earlier if m.kb_ids and m.type == "GROUP" and "GROUP" in wanted
                       and head in self._kb_heads(m.kb_ids)]
        # "الجيش" alone is a state's army when the article names one ("جيش خالد" is not meant).
        fitting = [m for m in fitting if m.type == rule.prefer] or fitting
        if not fitting or latest:
            return _resolved(fitting[-1]) if fitting else None
        # "تنظيم «X»": a name the article introduced with the head noun outside its quotes is
        # what the head noun alone refers to, before names that merely start with it.
        fitting = [m for m in fitting if _head_before(ctx, m) == head] or fitting
        # "للتباحث مع قياديين في تنظيم «X»، من أجل … بين التنظيم وهذه الفصائل": a fitting name
        # just before, in the clause before, wins ("اندماج «جبهة Y» في صفوف الجبهة": not in
        # the role word's own clause, where it is another party).
        gap = ctx.text[fitting[-1].end : position]
        if len(gap) <= LOCAL_REACH and any(mark in gap for mark in "،,") and not any(
                mark in gap for mark in SENTENCE_ENDS):  # a new sentence goes back to the topic
            return _resolved(fitting[-1])
        by_head: dict[tuple, int] = {}  # how often each was called by that head ("تنظيم X")
        for m in fitting:
            key = _entity_key(m)
            by_head[key] = by_head.get(key, 0) + 1
        named: dict[tuple, int] = {}  # how often each was named at all
        for m in earlier:
            if m.kb_ids or m.type in wanted:
                key = _entity_key(m)
                named[key] = named.get(key, 0) + 1
        latest = {_entity_key(m): i for i, m in enumerate(fitting)}
        if rule.type == "PLACE":  # "المدينة": the town the report is about, which it names first
            first = {}
            for i, m in enumerate(fitting):
                first.setdefault(_entity_key(m), i)
            return _resolved(fitting[first[max(first, key=lambda k: (by_head.get(k, 0), -first[k]))]])
        best = max(latest, key=lambda k: (by_head.get(k, 0), named.get(k, 0), latest[k]))
        return _resolved(fitting[latest[best]])

    def _local_short_names(self, ctx: PatternContext, mentions: list[Mention]) -> list[Mention]:
        """A name's distinctive last word alone after the full name in the article: a person's
        family name or nisba (الغزاوي، خطاب), a group's last word (الأقصى after جند الأقصى).
        When two groups share it, the one named more often so far wins, then the latest."""
        full_names: dict[str, list[Mention]] = {}
        for m in mentions:
            if self._short_name_of(m) is not None:
                full_names.setdefault(self._short_name_of(m), []).append(m)
        if not full_names:
            return []
        taken = [(m.start, m.end) for m in mentions]
        found = []
        for i in ctx.words.having(frozenset(full_names)):  # the words a short name may be written as
            word = ctx.words[i]
            key = ("ال" + word.stem) if word.prefix.endswith("ال") else word.stem
            earlier = [m for m in full_names.get(key, ()) if m.end <= word.start]
            if not earlier or any(s <= word.start < e for s, e in taken):
                continue
            bare_ok = earlier[0].type == "PERSON" and word.prefix in ("", "و", "ل", "ب")
            if not word.has_article and not bare_ok:
                continue
            full = _most_named(earlier)
            start = word.name_start
            found.append(Mention(start, word.end, full.type, ctx.original(start, word.end),
                                 "recognizer#local_short_name", kb_ids=full.kb_ids,
                                 context={"source": "coref", "antecedent": full}))
        return found

    def _without_nationality(self, ctx: PatternContext, mentions: list[Mention]) -> list[Mention]:
        """An actor's name of three words or more without its closing nationality adjective,
        later in the article ("جيش الاحتلال التركي … جيش الاحتلال"), is the same actor."""
        adjectives = self.lex.state_adjectives.keys() | NATIONAL_ADJECTIVES
        taken = [(m.start, m.end) for m in mentions]
        found: list[Mention] = []
        for m in mentions:
            words = match_key(m.name).split()
            if (m.type not in ("GROUP", "STATE") or m.context.get("source") == "coref" or len(words) < 3
                    or words[-1] not in adjectives):
                continue
            short = " ".join(words[:-1])
            if self.kb.find(short):
                continue  # a name of its own ("الجيش الوطني")
            at = ctx.text.find(short, m.end)
            while at != -1:
                end = at + len(short)
                if (glued_prefix(ctx.text, at) in GLUED_BEFORE_NAME
                        and (end >= len(ctx.text) or not ctx.text[end].isalpha())
                        and not any(s < end and at < e for s, e in taken)):
                    found.append(Mention(at, end, m.type, ctx.original(at, end),
                                         "recognizer#without_nationality", kb_ids=m.kb_ids,
                                         context={"source": "coref", "antecedent": m}))
                    taken.append((at, end))
                at = ctx.text.find(short, end)
        return found

    def _short_name_of(self, mention: Mention) -> str | None:
        """The last word a full name may later go by, or None."""
        words = match_key(mention.name).split()
        if len(words) < 2:
            return None
        last = words[-1]
        if mention.type == "PERSON" and mention.context.get("nickname") != "True":
            return last if len(last) >= 3 and last not in self.lex.stopwords else None
        if mention.type == "GROUP" and last.startswith("ال") and len(last) >= 5 and (
                last not in self.lex.group_short_name_generic and last not in self.lex.stopwords):
            return last
        return None

    # -- entities --------------------------------------------------------------------------

    def _entities(self, norm: NormalizedText, mentions: list[Mention], admin: list) -> list[dict]:
        """One record per entity: name, type, aliases, kb fields, mentions with offsets."""
        records: dict[tuple, dict] = {}
        order: list[tuple] = []
        key_of: dict[int, tuple] = {}
        position: dict[tuple, int] = {}
        identities = self._one_place_per_name(mentions, [self._identity(m, admin) for m in mentions])
        for m, (key, kb_entity, extra) in zip(mentions, identities, strict=True):
            antecedent = m.context.get("antecedent")
            if antecedent is not None and id(antecedent) in key_of:
                key = key_of[id(antecedent)]
            elif m.context.get("nickname") == "True":
                key = self._previous_person(records, order, norm.to_original(m.start, m.end)[0]) or key
            elif key[0] == "new" and key not in records:
                key = self._longer_name(records, order, m) or key
            key_of[id(m)] = key
            record = records.get(key)
            if record is None:
                record = records[key] = self._new_record(m, kb_entity, extra)
                position[key] = len(order)
                order.append(key)
            m.context["entity"] = position[key]
            start, end = norm.to_original(m.start, m.end)
            record["mentions"].append({"start": start, "end": end, "text": norm.original[start:end],
                                       "rule": m.rule})
            for alias in (m.name, *m.aliases):
                alias = alias.strip()
                if alias and alias not in record["aliases"]:
                    record["aliases"].append(alias)
            named = m.context.get("source") != "coref" and not m.rule.endswith("#state_adjectives")
            if named and len(m.name) > len(record["name"]):
                record["name"] = m.name.strip()
        return [records[k] for k in order]

    def _one_place_per_name(self, mentions: list[Mention], identities: list[tuple]) -> list[tuple]:
        """"منبج" read as the district in one sentence and "مدينة منبج" as the town in another
        are one place: a district named like a town of it that the article names is that town."""
        towns = {(name_key(m.name), entity.admin2): entity
                 for m, (_, entity, _) in zip(mentions, identities, strict=True)
                 if m.type == "PLACE" and entity is not None and entity.level == "community"
                 and entity.admin2}
        if not towns:
            return identities
        # "الرقة" alone after "مدينة الرقة": the governorate's seat, unless named as the governorate
        seats = {(key, entity.admin1): entity for (key, _), entity in towns.items()}
        adjusted = []
        for m, identity in zip(mentions, identities, strict=True):
            unit = identity[1]
            # a district (SY0205) or one of its subdistricts (SY020501) named like the town
            district = unit.id[:6] if unit is not None and unit.level in ("district", "subdistrict") else None
            town = towns.get((name_key(m.name), district)) if m.type == "PLACE" and district else None
            if (town is None and m.type == "PLACE" and unit is not None and unit.level == "governorate"
                    and not m.aliases):
                town = seats.get((name_key(m.name), unit.id))
            adjusted.append((("kb", town.id), town, {}) if town is not None else identity)
        return adjusted

    @staticmethod
    def _longer_name(records: dict, order: list, mention: Mention):
        """An earlier entity of the same type whose name starts or ends with this one's words
        (صلاح الدين → صلاح الدين الشيشاني; «جيش خالد» → جيش خالد بن الوليد)."""
        words = name_key(mention.name).split()
        if not words:
            return None
        for key in order:
            record = records[key]
            if record["type"] != mention.type or mention.type not in ("PERSON", "GROUP"):
                continue
            full = name_key(record["name"]).split()
            if len(full) > len(words) and (full[: len(words)] == words or full[-len(words):] == words):
                return key
        return None

    @staticmethod
    def _previous_person(records: dict, order: list, start: int):
        """The person a nickname at original offset ``start`` belongs to: the one named just
        before "الملقب" ("محمد منير الملقب بـ«الدبوس»"), not one named before a new title
        ("… والمسؤول العسكري الملقب «أبو اليمان»" is another person)."""
        for key in reversed(order):
            if records[key]["type"] == "PERSON":
                last = records[key]["mentions"][-1]
                return key if 0 <= start - last["end"] <= NICKNAME_GAP else None
        return None

    def _identity(self, m: Mention, admin: list) -> tuple[tuple, KBEntity | None, dict]:
        """The key that groups mentions of one entity, its KB entry and extra fields."""
        if m.type == "PLACE":
            return self._place_identity(m, admin)
        actors = [self.kb.actors[i] for i in m.kb_ids if i in self.kb.actors] or [
            e for n in (m.name, *m.aliases) for e in self.kb.find(n)
            if e.id in self.kb.actors and e.type == m.type]  # فرقة «السلطان سليمان شاه»
        if actors:
            return ("kb", actors[0].id), actors[0], {}
        return ("new", m.type, name_key(m.name)), None, {}

    def _place_identity(self, m: Mention, admin: list) -> tuple[tuple, KBEntity | None, dict]:
        """A place's KB entry, chosen by the sentence's admin context; a region phrase
        (ريف إدلب) keeps its own name and records the unit it lies in."""
        within = [self.kb.places[i] for i in m.context.get("within", ()) if i in self.kb.places]
        if within:
            unit = min(within, key=lambda c: places.LEVEL_RANK.get(c.level or "", 9))
            return ("new", "PLACE", name_key(m.name)), None, {
                "within": unit.id, "admin1": unit.admin1_name, "lat": unit.lat, "lon": unit.lon}
        candidates = [self.kb.places[i] for i in m.kb_ids if i in self.kb.places]
        sentence_admin = next((a for s, e, a in admin if s <= m.start < e), set())
        if not candidates:  # a place the gazetteer lacks keeps the governorate the sentence gives
            governorates = [self.kb.places[c] for c in sentence_admin
                            if c in self.kb.places and self.kb.places[c].level == "governorate"]
            extra = {"admin1": governorates[0].name} if len(governorates) == 1 else {}
            return ("new", "PLACE", name_key(m.name)), None, extra
        noun = match_key(m.aliases[0]).split()[0] if m.aliases else None
        chosen, ambiguous = places.resolve_place(candidates, sentence_admin, noun)
        if chosen is None:
            return ("place-name", name_key(m.name)), None, {"ambiguous": [c.id for c in ambiguous]}
        return ("kb", chosen.id), chosen, {}

    def _new_record(self, m: Mention, kb_entity: KBEntity | None, extra: dict) -> dict:
        # "وفد تركي": an adjective names its state, which keeps the state's own name
        adjective = kb_entity is not None and m.rule.endswith("#state_adjectives")
        name = kb_entity.name if adjective else m.name.strip()
        record = {"name": name, "type": m.type, "aliases": [], "kb_id": None,
                  "name_en": None, "in_kb": kb_entity is not None, "mentions": []}
        if kb_entity is not None:
            record["kb_id"] = kb_entity.id
            record["name_en"] = kb_entity.name_en
            if m.type == "PLACE":
                record.update(pcode=kb_entity.pcode, lat=kb_entity.lat, lon=kb_entity.lon,
                              admin1=kb_entity.admin1_name or kb_entity.admin1)
        record.update(extra)
        return record


#: Words that make a role word point at the latest fitting name: "هذا التنظيم"، "الهيئة الأخيرة".
DEMONSTRATIVES = frozenset({"هذا", "هذه", "وهذا", "وهذه", "ذلك", "تلك"})
LATTER = frozenset({"الاخير", "الاخيره"})


def _demonstrative(ctx: PatternContext, i: int) -> bool:
    """True when a demonstrative stands before the role word or "الأخير" after it."""
    words = ctx.words
    return (i > 0 and words[i - 1].text in DEMONSTRATIVES) or (
        i + 1 < len(words) and words[i + 1].text in LATTER)


def _listed_after(ctx: PatternContext, place: Mention, start: int) -> bool:
    """True when the name at ``start`` follows ``place`` as the next item of a list: "X وY"."""
    word = ctx.words[ctx.words.index_of(start)]
    return word.prefix.startswith("و") and ctx.text[place.end : word.start].strip(' ،,"«»') == ""


def _head_before(ctx: PatternContext, mention: Mention) -> str:
    """The word right before a quoted or bracketed name ("تنظيم" in تنظيم «X»), or ""."""
    words = ctx.words
    i = words.index_of(mention.start)
    if i == 0 or i >= len(words) or ctx.original(words[i - 1].end, words[i].start).strip() == "":
        return ""
    return words[i - 1].stem


def _most_named(mentions: list[Mention]) -> Mention:
    """The mention of the entity named most often among ``mentions``, the latest on a tie."""
    counts: dict[tuple, int] = {}
    for m in mentions:
        key = m.kb_ids or (name_key(m.name),)
        counts[key] = counts.get(key, 0) + 1
    return max(reversed(mentions), key=lambda m: counts[m.kb_ids or (name_key(m.name),)])


#: How close (characters) a fitting name in the clause before must be to win over the most named.
LOCAL_REACH = 80
#: Most characters between a person's name and his nickname ("X الملقب بـ«Y»").
NICKNAME_GAP = 20
#: How many words before "لـX" a telling cue may stand ("قالت مصادر ميدانية للميادين").
TELL_REACH = 6


#: The longest told name, in words ("الشرق الأوسط").
MAX_TOLD_WORDS = 3


def _told_name_at(words, first: int, key: str, told_names: dict[str, str]) -> tuple[int, str] | None:
    """(last word index, outlet id) of a told name of one to MAX_TOLD_WORDS words starting at
    word ``first``, whose first word reads ``key``."""
    for last in range(first, min(first + MAX_TOLD_WORDS, len(words))):
        name = " ".join([key, *(w.text for w in words[first + 1 : last + 1])])
        if name in told_names:
            return last, told_names[name]
    return None


@cache
def _told_names(kb: KnowledgeBase) -> dict[str, str]:
    """Folded told name → outlet id."""
    return {match_key(name): entity.id for entity in kb.actors.values() for name in entity.told_names}


#: Prepositions that make a name a qualifier of the one before ("أبو X من «Y»").
QUALIFYING_PREPOSITIONS = frozenset({"من", "في", "عن", "لدي"})


def _in_operation_name(ctx: PatternContext, mention: Mention) -> bool:
    """True for a place inside the quoted name of an operation ("حملة «غضب الفرات»"، "عملية
    «نبع السلام»"): the name names the operation, not where it is."""
    if mention.type != "PLACE":
        return False
    text = ctx.text
    opening = text.rfind('"', max(0, mention.start - OPERATION_NAME_REACH), mention.start)
    if opening == -1 or '"' not in text[mention.end : mention.end + OPERATION_NAME_REACH]:
        return False
    if text[opening + 1 : mention.start].strip() == "" and text[mention.end :].startswith('"'):
        return False  # the whole quotation is the place's name
    before = text[max(0, opening - OPERATION_NAME_REACH) : opening].split()  # the word before the quote
    return bool(before) and before[-1].lstrip("وب").removeprefix("ال") in OPERATION_NOUNS


#: Nouns before the quoted name of an operation, and how far a quotation may reach around a place.
OPERATION_NOUNS = frozenset({"عمليه", "معركه", "حمله", "عمليات", "غرفه"})
OPERATION_NAME_REACH = 25


def _cited_name(ctx: PatternContext, mention: Mention) -> bool:
    """True when the mention is cited as a name ("يحمل اسم «X»"، "المعروف باسم X")."""
    i = ctx.words.index_of(mention.start)
    return 0 < i < len(ctx.words) and ctx.words[i - 1].text in NAME_WORDS


#: Words after which a group's name is cited, not the group acting.
NAME_WORDS = frozenset({"اسم", "باسم", "مسمي", "بمسمي", "تسميه"})


def _after_preposition(ctx: PatternContext, mention: Mention) -> bool:
    """True when a preposition stands right before the mention ("من «هيئة تحرير الشام»")."""
    words = ctx.words
    i = words.index_of(mention.start)
    return 0 < i < len(words) and words[i - 1].text in QUALIFYING_PREPOSITIONS and (
        ctx.original(words[i - 1].end, words[i].start).strip(' "«»“”()') == "")


#: "التشكيل الجديد"، "التنظيم الجديد": a role word for a group newly formed.
NEW = frozenset({"الجديد", "الجديده"})
#: Words of forming a group, near the name of the group formed ("الذي أُعلن عن تشكيله").
FORMATION_WORDS = frozenset({"تشكيل", "تشكيله", "تشكيلها", "تاسيس", "تاسيسه", "تاسيسها", "ولاده",
                             "تشكل", "تشكلت", "تاسس", "تاسست"})


def _newly_formed(ctx: PatternContext, mentions: list[Mention], word) -> Mention | None:
    """"التشكيل الجديد" (``word``, followed by الجديد): the latest group named within a few words
    of a formation word ("تنظيم «حراس الدين» الذي أُعلن عن تشكيله"), or None."""
    words = ctx.words
    for m in reversed([m for m in mentions if m.end <= word.start and m.type == "GROUP"]):
        i, j = words.index_of(m.start), words.index_of(m.end)
        near = words[max(0, i - FORMATION_REACH) : min(j + FORMATION_REACH, word.index)]
        if any(w.stem in FORMATION_WORDS or w.text in FORMATION_WORDS for w in near):
            return m
    return None


def _introduced_as(ctx: PatternContext, mentions: list[Mention], word) -> Mention | None:
    """"التشكيل" / "الفصيل" (``word``): the latest group the article introduced with that
    noun a few words before its name ("تشكيل جديد يحمل اسم «X»", "فصيل «X»"), or None."""
    words = ctx.words
    for m in reversed([m for m in mentions if m.end <= word.start and m.type == "GROUP"]):
        i = words.index_of(m.start)
        if any(w.stem == word.stem and not w.has_article
               for w in words[max(0, i - FORMATION_REACH) : i]):
            return m
    return None


#: How many words from a group's name a formation word may stand.
FORMATION_REACH = 4


def _after_relative(ctx: PatternContext, start: int) -> bool:
    """True when a relative pronoun stands right before ``start``: "التسجيل الذي صُوّر" opens
    with a verb, not a village."""
    i = ctx.words.index_of(start)
    return i > 0 and ctx.words.joined(i - 1) and ctx.words[i - 1].text in RELATIVE_PRONOUNS


#: Syria's own adjectives, which the state lexicon leaves out (they qualify too much to
#: name the state), but which may close an actor's name ("الجيش العربي السوري").
NATIONAL_ADJECTIVES = frozenset({"السوري", "السوريه"})
#: KB kinds kept for matching only: international bodies are no GROUP, STATE, PERSON, PLACE or
#: OUTLET of the ONTOLOGY.
KINDS_OUTSIDE_ONTOLOGY = frozenset({"international_org"})
#: What may be glued before a name repeated without its nationality ("ولجيش الاحتلال"):
#: nothing, or a proclitic chain the gazetteer allows before a name.
GLUED_BEFORE_NAME = BEFORE_BARE | {""}


def _base_as_place(ctx: PatternContext, m: Mention) -> Mention:
    """"مقر «اللواء 52»"، "في محيط الفوج 46": a numbered army unit after a word of a site or of
    being somewhere is its base, a place; the unit acting ("انشق عن الفرقة 17") stays a group."""
    if m.type != "GROUP" or m.kb_ids or not NUMBERED_UNIT.match(match_key(m.name)):
        return m
    i = ctx.words.index_of(m.start)
    if i == 0:
        return m
    before = ctx.words[i - 1]
    if before.stem not in BASE_WORDS and before.text not in ctx.lex.place_prepositions:
        return m
    return Mention(m.start, m.end, "PLACE", m.name, f"{patterns.RULES}#numbered_base",
                   context={"source": "pattern"})


#: A numbered unit of an army ("اللواء 52"، "الفوج 46"), keyed as names are.
NUMBERED_UNIT = re.compile(r"^(?:ال)?(?:لواء|فوج|فرقه|كتيبه)\s+\d+$")
#: Words for a site before a numbered unit that make it the unit's base.
BASE_WORDS = frozenset({"مقر", "مقرات", "ثكنه", "قاعده", "معسكر", "محيط", "مواقع", "داخل"})


def _mark_kunya_nicknames(ctx: PatternContext, mentions: list[Mention]) -> None:
    """A kunya right after a person, in brackets or after "المعروف بـ" ("هاشم الشيخ (أبو جابر)"،
    "أحمد عيسى الشيخ، المعروف بـ«أبو عيسى»"), is that person's other name, not another man."""
    for before, mention in zip(mentions, mentions[1:], strict=False):
        if (before.type == mention.type == "PERSON" and mention.context.get("source") != "kb"
                and match_key(mention.name).split()[0] in ctx.lex.kunya_words
                and KUNYA_GAP.match(ctx.text[before.end : mention.start])):
            mention.context["nickname"] = "True"


#: What may stand between a person's name and his kunya: a bracket, a quote, "المعروف بـ".
KUNYA_GAP = re.compile(r"^[\s،,]*(?:(?:المعروف|الملقب|المكني|المكنى|ويعرف|يعرف)\s*(?:ب|باسم)?\s*)?"
                       r"[\s(«\"“]*$")

def _introduced(ctx: PatternContext, start: int) -> bool:
    """True when a person introducer (المدعو، الملقب بـ) stands right before ``start``."""
    words = ctx.words
    i = words.index_of(start)
    if i > 0 and words[i - 1].text == "ب":
        i -= 1
    return i > 0 and words[i - 1].text in ctx.lex.person_introducers


def _resolved(mention: Mention) -> Mention:
    """The named mention a role word stands for, or the mention itself."""
    return mention.context.get("antecedent", mention)


def _entity_key(mention: Mention) -> tuple:
    """What identifies the entity a mention (or the role word standing for it) names."""
    named = _resolved(mention)
    return named.kb_ids or (name_key(named.name),)
