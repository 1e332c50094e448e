"""The rule table: one precompiled pattern per rule, its handler and the anchor words it needs."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterator


from factcheck.models import Granularity

G = Granularity
from factcheck.extract.dates.absolute import _century, _day_month, _decade, _fiscal, _fiscal_quarter, _fiscal_relative, _holiday, _iso, _month, _month_day, _month_year, _numeric, _quarter, _season, _year, _year_pair
from factcheck.extract.dates.anaphora import _amount_of_time, _anaphoric_period, _anaphoric_weekday, _hours_away, _same_period
from factcheck.extract.dates.durations import _duration, _over_during, _unit_long
from factcheck.extract.dates.hits import _Hit
from factcheck.extract.dates.periods import _bare_day, _day_range_of_month, _edge_units, _nth_week, _part_of_unit, _rolling_quarters, _vague, _weekend
from factcheck.extract.dates.relative import _weekdays_away, _ago, _day_of_month, _day_word, _in_future, _nth_weekday, _nth_weekday_bare, _relative_period, _rest_of, _rolling, _this_time, _weekday
from factcheck.extract.dates.spelled import ANCHORS as SPELLED_ANCHORS, SPELLED_DECADE, SPELLED_YEAR, _spelled_decade, _spelled_year
from factcheck.extract.dates.vocabulary import _trie, vocabulary, vulgar
from factcheck.extract.needles import Needles, Scan, first_class, needles, word_starts


# --------------------------------------------------------------------------- patterns


@dataclass(frozen=True)
class _Patterns:
    rules: tuple[tuple[re.Pattern[str], Callable[..., Iterator[_Hit]]], ...]
    anchors: tuple[frozenset[str], ...]  # per rule: the anchor kinds it needs nearby
    tokens: dict[str, frozenset[str]]  # lower-case word -> anchor kinds
    connector: re.Pattern[str]
    words: re.Pattern[str]  # anchor words (in lower-cased text)
    digits: re.Pattern[str]  # digits that can be part of a date
    # per rule: literal needles one of which each match holds, when they say more than its
    # anchor words do ("rest", "another", "past|last|next|..."): a window without one is
    # not scanned (extract/needles.py)
    needles: tuple[Needles | None, ...] = ()
    # per rule: its scan that skips the inside of words (every rule starts a word)
    scans: tuple[Scan | None, ...] = ()


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    # Word lists enter the rules as prefix tries (``_trie``): the engine decides on the
    # first letter instead of trying every word. Of the words that match at one place,
    # each is a prefix of the next longer one, and a trie's greedy optional tails try them
    # longest first, as a flat alternation sorted by length does: the same matches.
    v = vocabulary()
    abbr = [w for w in v.months if len(w) <= 4 and w not in ("june", "july", "may")]
    mon = rf"(?<![A-Za-z$])(?P<mon>(?:{_trie(abbr)})\.|{_trie(v.months)})(?![A-Za-z])"
    tens = r"(?:twenty|thirty)"
    ord_words = _trie(v.ordinals)
    unit_words = "one|two|three|four|five|six|seven|eight|nine"
    day_word = rf"(?:{tens}[-\s]?(?:{ord_words}|{unit_words})|{ord_words})"
    # a day as a cardinal word, 13-31 ("Friday the fifteen"): only at the end of a clause,
    # since "Friday the five men" and "on Friday the twenty, who..." count people
    cardinal_day = rf"(?:(?:thir|four|fif|six|seven|eigh|nine)teen|twenty(?:[-\s](?:{unit_words}))?|thirty(?:[-\s]one)?)"
    # a spelled ordinal day, 13-31, alone after a preposition ("on the twenty-second."):
    # first to twelfth there are usually something else ("after the second", "for the first")
    late_ordinal = rf"(?:(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth|twenty[-\s]?(?:{ord_words})|thirty[-\s]?first)"
    # a day after its weekday is followed by punctuation, a capital or a word of day_followers
    not_rank = rf"(?!\s+(?!(?:{_trie(v.day_followers)})(?![A-Za-z]))[a-z])"
    day_num = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d]|[.,:/-]\d)"
    day = rf"(?P<day>{day_num}|{day_word})(?![A-Za-z])"
    day2 = day.replace("?P<day>", "?P<day2>")
    # the first day of a range may be followed by a dash: "November 19-20", "4-22 January"
    day1 = day.replace(r"[.,:/-]\d)", r"[.,:/]\d)")
    year4 = r"(?<![\d.,])(?:1[0-9]\d\d|20\d\d|21\d\d)(?![\d]|[.,]\d|\s?%)"
    year = rf"(?P<year>{year4}|['’]\d\d(?![\d])|(?<=[-/])\d\d(?![\d]|[.,]\d)|{SPELLED_YEAR})"
    year_any = rf"(?:{year4}|{SPELLED_YEAR})"  # after "of" in a period: "the spring of nineteen ..."
    wd_all = _trie({**v.weekdays, **v.weekday_abbreviations})
    wd_opt = rf"(?:(?P<wd>{wd_all})\.?,?\s+(?:the\s+)?)?"
    dash = r"(?:\s*[-–—]\s*|\s+(?:to|through|thru|until|till|and)\s+)"
    yr_sep = r"(?:\s*,\s*|\s+(?:of\s+|in\s+)?|[-/])"
    part = r"(?:(?P<part>(?:(?:at\s+)?the\s+)?(?:beginning|start|middle|end)\s+of(?:\s+the)?|early|mid|late)(?:-|\s+))?"
    mod = r"(?P<mod>this|last|next|past|previous|coming|upcoming|current|the\s+past|the\s+previous|the\s+coming|the\s+upcoming|the\s+next|the\s+last|the\s+following|earlier\s+this|later\s+this|earlier\s+in\s+the|later\s+in\s+the)"
    num_word = rf"(?:{tens}|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:{unit_words}))?|{_trie(v.cardinals)}"
    # (a mixed number: "1 1/2 months", "7½ hours", "2 ¼ years")
    num = (rf"(?P<n>(?:\d{{1,3}}[ \u00a0]\d/\d{{1,2}}(?![\d/])|\d{{1,3}}[ \u00a0]?[{''.join(vulgar())}]"
           rf"|\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{num_word})(?:\s+and\s+a\s+half|-and-a-half)?)")
    unit = rf"(?P<unit>{_trie(v.units)})(?![A-Za-z])"
    span_mod = rf"(?:{_trie(v.span_modifiers)})"  # "40 straight days"
    and_half = r"(?P<andhalf>\s+and\s+a\s+half(?![A-Za-z]))?"  # "a year and a half"
    # further parts of a compound duration ("2 years 1 month 21 days", "two years and a
    # month"); "a"/"an" only after "and": "seven days a week" is a rate
    more = rf"(?P<more>(?:(?:(?:,\s*|\s+)(?!an?\s)|\s+and\s+)(?:\d+|{num_word})[\s-]*(?:{_trie(v.units)})(?![A-Za-z])){{0,3}})"
    qual = rf"(?:(?P<q>{_trie(v.qualifiers)})\s+)?"
    clause_end = r"""\s*(?:[,.;:!?)\]"”’—–]|$)|\s+(?:and|but|or)\s"""
    holidays = {**v.fixed_holidays, **v.weekday_holidays, **v.thanksgiving_offsets, **v.easter_offsets}
    cues = _trie(v.year_cues)
    fl = re.I
    # a Thai Buddhist Era year after a full date: "2 July 2561", "July 2, B.E. 2561"
    be_year = r"(?:\s*,\s*|\s+)(?:B\.?E\.?\s+)?(?P<be>2[4-6]\d\d)(?![\d]|[.,]\d)"
    # a part of the day after a day-long date: "Tuesday night", "July 23 afternoon"
    dpart = rf"(?:\s+(?:in\s+the\s+)?(?P<dpart>{_trie(v.day_parts)})(?![A-Za-z]))?"
    rules: list[tuple[str, Callable[..., Iterator[_Hit]]]] = [
        # Aug. 5, 2017 · Sept. 3 · monday january 12th, 2016 · November 19-20 · Oct-2
        (rf"{wd_opt}{mon}(?:\s*|-|/)(?:the\s+)?{day1}(?:{dash}(?:the\s+)?{day2})?(?:{yr_sep}{year}|{be_year})?{dpart}", _month_day),
        # 5 August 2017 · Wednesday, 06 September, 2017 · second of Aug · 4-22 January
        (rf"{wd_opt}(?:the\s+)?(?<![\d.,/$€£¥])(?<![$€£¥]\s){day1}(?:{dash}(?:the\s+)?{day2})?(?:\s+day)?\.?(?:\s+of\s+|\s+|-|/)(?:the\s+month\s+of\s+)?{mon}(?:{yr_sep}{year}|{be_year})?{dpart}", _day_month),
        # September 2017 · mid-September · this September · since August · 2016 June
        (rf"(?:(?P<cue>in|since|by|until|till|from|during|through|throughout|before|after|of|to|and|between)\s+)?{part}(?:{mod}\s+)?{mon}(?:{yr_sep}{year}|(?P<rel>\s+(?:next|last|this)\s+year)|(?![\s.]*(?:the\s+)?\d{{1,2}}(?!\d|[.,]\d)))", _month),
        (rf"(?<![\d.,]){year}\s*,?\s*{mon}(?![\s.]*\d)", _month),
        # 2017-09-11 · 2015/08/12 · 2019-sep-1
        (r"(?<![\d.,/-])(?P<y>1\d\d\d|20\d\d)(?P<s>[-/.])(?P<m>\d{1,2}|[A-Za-z]{3})(?P=s)(?P<d>\d{1,2})(?![\d]|[.,/-]\d)", _iso),
        # 21/04/2016 · 9-18-15 · 13.5.2015 · 08/12,2015
        (r"(?<![\d.,/+-])(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?:(?P=s)|,)(?P<y>\d{4}|\d{2})(?![\d]|[.,/-]\d)", _numeric),
        # on 4/22 · on 22/04 (only after a cue: "1/2" and "24/7" are not dates)
        (r"(?:(?<![A-Za-z])(?P<cue>on|by|until|since|from|to|through|between|and)\s+)?(?<![\d.,/+-])(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?![\d]|[.,/-]\d)", _numeric),
        # 11/2016 · 2016-11 · fiscal 2012-13 · 2014-2018
        (r"(?<![\d.,/+-])(?P<m>\d{1,2})\s*[-/]\s*(?P<y>1\d\d\d|20\d\d)(?![\d]|[.,/-]\d)", _month_year),
        (r"(?:(?P<cue>from|between|in|during|since)\s+)?(?<![\d.,/+-])(?P<y>1\d\d\d|20\d\d)(?:\s*[-/–—~]\s*|\s+(?:to|through|and|until)\s+)(?P<m>\d{4}|\d{1,2})(?![\d]|[.,/-]\d|\s?%)", _year_pair),
        # in 2006 · since 2006 · early 2017 · a 2001 agreement · the 1990s · the 21st century
        (rf"(?:(?P<cue>{cues})\s+)?{part}(?:the\s+)?(?:year\s+)?(?P<y>{year4})", _year),
            (rf"(?:the\s+)?{part}(?P<dec>(?:1[0-9]|20)\d0|['’]\d0|(?<![\d.,])\d0)['’]?s(?![A-Za-z])", _decade),
        (rf"(?:the\s+)?{part}(?P<c>[12]?\d)(?:st|nd|rd|th)[\s-]+century", _century),
        # Q3 2016 · the third quarter of 2016 · first half of 2017
        (rf"(?:the\s+)?(?:(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th|last)[\s-]+(?P<qh>quarter|half)|(?-i:(?P<qh2>[QH])(?P<qnum>[1-4])))(?![A-Za-z\d])(?:\s+of\s+(?P<the>the)\s+(?:current\s+)?year(?![A-Za-z])|(?:\s+of|,)?(?:\s+(?P<y>{year_any})|\s+(?P<rel>this|last|next)\s+year))?", _quarter),
        (rf"(?P<qh2>q)(?P<qnum>[1-4])\s+(?P<y>{year4})", _quarter),
        # Q3 FY26 · Q1 FY2025-26 · Q3 2025-26 · the third quarter of fiscal 2026
        (r"(?:the\s+)?(?:(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<qh>quarter|half)\s+of\s+(?:the\s+)?"
         r"|(?-i:(?P<qh2>[QH])(?P<qnum>[1-4]))\s*(?:-\s*)?)"
         r"(?:(?:FY|fiscal(?:\s+year)?|financial\s+year)\s*['’]?(?P<fy>\d{4}|\d{2})(?:\s*[-/–]\s*(?P<fy2>\d{2}))?"
         r"|(?P<fyb>1\d\d\d|20\d\d)\s*[-/–]\s*(?P<fyb2>\d{2}))(?![\d]|[.,]\d)", _fiscal_quarter),
        # summer 2016 · this summer · the spring of 1978
        (rf"(?:{mod}\s+|the\s+)?{part}(?P<season>{_trie(v.seasons)})(?:\s+of)?(?:\s+(?P<y>{year_any}))?(?![A-Za-z])", _season),
        # Sunday · last Sunday · Tuesday's test · next week on Friday · Friday the 22nd
        (rf"(?:(?P<wk>next|last|this)\s+week\s+(?:on\s+)?)?(?:(?P<mod>last|next|this|coming|past|previous)\s+)?(?P<wd>{_trie(v.weekdays)}|(?:{_trie(v.weekday_abbreviations)})(?=\.?,?\s+(?:the\s+)?\d)\.?)(?![A-Za-z])(?:,?\s+(?:the\s+)?(?P<day>{day_num}|{day_word})(?![A-Za-z]){not_rank}|\s+the\s+(?P<cday>{cardinal_day})(?=\s*(?:[.;:!?)\"”]|$)))?(?:\s+(?:of\s+)?(?P<wk2>next|last|this)\s+week)?{dpart}", _weekday),
        # the following Friday · the previous Monday (counted from a date in the sentence)
        (rf"the\s+(?P<det>following|previous|preceding|next)\s+(?P<wd>{_trie(v.weekdays)})(?![A-Za-z])", _anaphoric_weekday),
        # two Sundays from now · three Fridays ago
        (rf"(?<![A-Za-z\d.,])(?P<n>\d{{1,2}}|{num_word})\s+(?P<wd>{_trie(v.weekdays)})s\s+(?P<dir>from\s+now|from\s+today|ago|hence)(?![A-Za-z])", _weekdays_away),
        # today · yesterday · the day before yesterday
        (rf"(?<![A-Za-z])(?P<w>(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow|after\s+tmrw)|today|tonight|yesterday|tomorrow|tmrw|(?P<lt>last|this)\s+(?P<lpart>{_trie(v.day_parts)})|(?<!\ban\s)(?<!\bthe\s)(?<!\ba\s)overnight(?!\s+(?:stay|stays|trip|flight|train|bag|shift|rate|rates|lending|loan|loans|market|success|sensation)(?![A-Za-z])))(?![A-Za-z]){dpart}", _day_word),
        # last month · earlier this week · the past week · the week after next
        # this time last year · at this time next year
        (r"(?<![A-Za-z])this\s+time\s+(?P<tdir>last|next)\s+(?P<unit>year)(?![A-Za-z])", _this_time),
        (rf"{part}{mod}\s+(?:calendar\s+)?(?P<unit>week|weekend|fortnight|month|year|quarter|decade|century)(?![A-Za-z])", _relative_period),
        (r"(?:the\s+)?(?P<unit>week|weekend|month|year)\s+after\s+(?:the\s+)?next", _relative_period),
        # the past three years · the next 3 days · within 5 days
        # ("following four days of rain" without "the" is after them, not the next four days)
        (rf"(?P<mod>(?:the\s+|over\s+the\s+)?(?:past|last|previous|next|coming)|(?:over\s+)?the\s+following)\s+{num}[\s-]*{unit}", _rolling),
        (r"(?:the\s+)?rest\s+of\s+(?:the\s+|this\s+)?(?P<unit>week|month|year)(?![A-Za-z])", _rest_of),
        # the 20th of next month · the first Friday of July
        (rf"(?:the\s+)?{day}\s+(?:day\s+)?of\s+(?:the\s+)?(?P<mod>this|next|last|previous|the\s+following)\s+month", _day_of_month),
        (rf"(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?P<wd>{_trie(v.weekdays)})\s+(?:of|in)\s+(?:(?P<mod>this|next|last|previous)\s+month|(?P<tm>the\s+month)(?![A-Za-z])|{mon}(?:{yr_sep}{year})?)", _nth_weekday),
        # on the second Sunday · by the third Tuesday (the month from the sentence or publication)
        (rf"(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?P<wd>{_trie(v.weekdays)})(?![A-Za-z])", _nth_weekday_bare),
        (rf"(?:the\s+)?(?P<dec>{_trie(v.decade_words)})(?![A-Za-z])", _decade),
        # two weeks ago · in 3 weeks · 2 days from now
        # two weeks ago · 2 days from now · two days later · a year earlier · less than four days
        # (one pattern, one pass: the handler dispatches on what follows the amount)
        (rf"(?<![A-Za-z\d.,/]){qual}{num}[\s-]*(?:{span_mod}[\s-]+)?{unit}{and_half}{more}(?P<long>-long)?(?:\s+(?:(?P<dir>ago|from\s+now|from\s+today|hence|after\s+today|from\s+tomorrow|after\s+tomorrow|from\s+tmrw|after\s+tmrw|before\s+yesterday|from\s+yesterday|before\s+today)(?![A-Za-z])|(?P<ldir>later|earlier|afterwards?)(?![A-Za-z])(?!\s+than)|(?P<dir2>before|after)(?={clause_end})))?", _amount_of_time),
        # two days later · a year earlier · the previous day · the day before · that year
        # the same period last year · the same quarter a year earlier · the same period in 2022
        (r"(?<![A-Za-z])the\s+same\s+(?P<sp>period|quarter|half|months?|time)\s+(?:(?:last|a)\s+year(?:\s+(?:earlier|ago|before))?"
         r"|of\s+(?:the\s+)?(?:previous|prior|preceding|last)\s+year|in\s+(?P<sy>(?:19|20)\d\d)(?![\d]|[.,]\d))(?![A-Za-z])", _same_period),
        # the year-earlier period · the year-ago quarter · the corresponding quarter of the previous fiscal year
        (r"(?<![A-Za-z])the\s+(?:(?:year|12[\s-]months?)[\s-](?:earlier|ago)|prior[\s-]year|previous[\s-]year)\s+"
         r"(?:period|quarter|half|months?)(?![A-Za-z])|(?<![A-Za-z])the\s+corresponding\s+(?:period|quarter|half|months?)"
         r"\s+(?:of|in)\s+(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:(?:fiscal|financial)(?:\s+year)?|year)(?![A-Za-z])",
         _same_period),
        (rf"(?:(?P<pre>later|earlier)\s+)?(?P<det>the\s+(?:very\s+)?(?:previous|preceding|following|next|same)|that(?:\s+same)?)\s+(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year|quarter|decade)(?![A-Za-z-])|the\s+(?P<bunit>day|night|week|weekend|month|year)\s+(?P<dir>before|after)(?={clause_end})|(?P<pre2>later|earlier)\s+in\s+the\s+(?P<iunit>day|week|month|year)(?![A-Za-z-])", _anaphoric_period),
        # hours later · minutes earlier (the day of the sentence's date)
        (rf"(?:(?:a\s+few|several|some|just)\s+)?(?P<hunit>hours|minutes)\s+(?P<hdir>later|earlier|afterwards|before)(?={clause_end}|\s)", _hours_away),
        # over the weekend · in recent weeks · the coming months
        (r"the\s+weekend(?![A-Za-z])", _weekend),
        (r"(?:recent|(?:the\s+)?coming)\s+(?P<unit>days|weeks|months|years|decades)(?![A-Za-z])", _vague),
        # by the end of the year · the start of the month · year-end
        (r"(?:the\s+)?(?P<part>beginning|start|middle|end)\s+of\s+(?:the\s+)?(?P<unit>week|month|year|decade)(?![A-Za-z-])|(?<!fiscal\s)(?<!financial\s)(?P<unit2>year|month)[-\s]end(?![A-Za-z])", _part_of_unit),
        # the first six months of 2017 · the last three weeks of this year
        (rf"(?:the\s+)?(?P<edge>first|last|final|opening|closing)\s+(?P<n>\d{{1,2}}|{num_word})\s+(?P<unit>days|weeks|months)\s+(?:of|in)\s+(?:(?P<omod>this|last|next|previous|current|the\s+following|the\s+current|the\s+previous)\s+(?P<ounit>year|month)|(?P<the>the)\s+(?P<tunit>year|month)|{mon}(?:{yr_sep}{year})?|(?:the\s+year\s+)?(?P<oy>{year_any}))(?![A-Za-z\d])", _edge_units),
        # fiscal 2017 · FY17 · FY2016-17 · the 2016-17 fiscal year
        (r"(?P<fy>fiscal(?:\s+year)?|financial\s+year|FY)\s*['’]?(?P<y>\d{4}|\d{2})(?:\s*[-/–]\s*(?P<y2>\d{4}|\d{2}))?(?![\d]|[.,]\d|\s?%)", _fiscal),
        (r"(?<![\d.,])(?P<y>1\d\d\d|20\d\d)(?:\s*[-/–]\s*(?P<y2>\d{4}|\d{2}))?\s+(?P<fy>fiscal|financial)\s+year(?![A-Za-z])", _fiscal),
        (r"(?P<mod>this|last|next|the\s+current|the\s+previous|the\s+coming|the\s+last|the\s+past|current|previous|coming)\s+(?:fiscal|financial)\s+year(?![A-Za-z])", _fiscal_relative),
        (rf"(?<![A-Za-z])in\s+{num}[\s-]*{unit}", _in_future),
        # durations: less than four days · about two weeks · 24 months · a fortnight
        (rf"(?<![A-Za-z])(?P<q>over)\s+{num}(?:\s*|-){unit}{and_half}{more}", _over_during),
        (r"(?<![A-Za-z])(?:a|an|the)\s+(?P<unit>day|week|month|year|decade)[-\s]long(?![A-Za-z])|(?<![A-Za-z\d-])(?P<unit2>day|week|month|year|decade)-?long(?![A-Za-z])", _unit_long),
        (rf"(?<![A-Za-z])another\s+{unit}", _duration),
        (rf"(?<![A-Za-z])(?P<q2>for|another|lasted|lasting|spent|took|within|than|after)\s+{qual}(?P<n>a|an|half\s+an?|a\s+half)\s+{unit}(?P<andhalf>\s+and\s+a\s+half(?![A-Za-z]))?", _duration),
        (r"(?<![A-Za-z])(?:all|full|whole)[\s-](?P<unit>day|week|month|year)(?![A-Za-z])", _duration),
        # the third week of July · the last week of 2015 · first week of next month
        (rf"(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+week\s+(?:(?:of|in)\s+)?(?:(?:the\s+)?(?P<omod>this|next|last|previous|current|the\s+following)\s+(?P<ounit>month|year)|{mon}(?:{yr_sep}{year})?|(?:the\s+year\s+)?(?P<oy>{year_any}))", _nth_week),
        # from 4 to 22 this month · between 4 and 22 next month · 4-23 of next month
        (r"(?:(?P<lead>from|between)\s+)?(?<![\d.,])(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)\s*(?P<join>-|–|to|till|until|through|and)\s*(?P<d2>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)\s+(?:(?:of|in)\s+)?(?:the\s+)?(?P<omod>this|next|last|previous|current|the\s+following)\s+month(?![A-Za-z])", _day_range_of_month),
        # on the 18th (a day of the month alone, only after a preposition and before a pause)
        (rf"(?:on|by|since|until|till|from|before|after|for|around|week\s+of)\s+(?P<the>the\s+)(?:(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))|(?P<dw>{late_ordinal}))(?![A-Za-z\d])(?=\s*(?:[.,;:!?)]|$|and\s|or\s))", _bare_day),
        # the past two quarters · next 3 quarters
        (rf"(?P<mod>(?:the\s+)?(?:past|last|previous|next|coming|following))\s+(?P<n>\d{{1,2}}|{num_word})\s+quarters(?![A-Za-z])", _rolling_quarters),
        # 2016 H2 · 2017-q1 · q1-2019 · 2016 the third quarter
        (rf"(?<![\d.,])(?P<y>{year4})(?:\s*-\s*|\s?)(?P<qh2>[QqHh])(?P<qnum>[1-4])(?![A-Za-z\d])", _quarter),
        (rf"(?-i:(?P<qh2>[Qq])(?P<qnum>[1-4]))\s*-\s*(?P<y>{year4})", _quarter),
        # 1H25 · 3Q24: a half or quarter and its year's last two digits, as results give them
        (r"(?<![\w.,/-])(?P<qnum>[1-4])(?-i:(?P<qh2>[QH]))(?P<y2>\d\d)(?![\w/-]|[.,]\d)", _quarter),
        (rf"(?<![\d.,])(?P<y>{year4})\s+the\s+(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th|last)\s+(?P<qh>quarter|half)(?![A-Za-z])", _quarter),
        # in nineteen seventy eight · since two thousand and one · the twenty-tens
        (rf"(?P<cue>in|since|until|till|during|throughout|from|year)\s+{part}(?:the\s+)?(?:year\s+)?(?P<sy>{SPELLED_YEAR})", _spelled_year),
        (SPELLED_DECADE, _spelled_decade),
        # Christmas · Thanksgiving 2010 · Easter Monday 2017
        (rf"(?<![A-Za-z])(?P<h>{_trie(holidays)})(?![A-Za-z])(?:\s+(?:of\s+)?(?P<y>{year4})|\s+(?:of\s+)?(?P<rel>next|last|this)\s+year)?", _holiday),
    ]
    connector = re.compile(r"\s*(?:[-–—~]|to|through|thru|until|till|and)\s*", fl)
    # Words too frequent in news to anchor a name by themselves: such a name is anchored by
    # the whole name ("new year's day", "good friday", "may day") instead.
    frequent = {"year", "years", "day", "new", "eve", "may", "fourth", "international", "president",
                *v.weekdays}

    def first(names: Any) -> set[str]:  # the longest word of each name: "patrick's day" -> patrick
        out = set()
        for n in names:
            word = max(re.findall(r"[A-Za-z]+", n), key=len)
            out.add(" ".join(n.lower().split()) if word.lower() in frequent else word)
        return out

    kinds: dict[str, set[str]] = {
        "month": set(v.months), "weekday": {*v.weekdays, *(w + "s" for w in v.weekdays), *v.weekday_abbreviations},
        "unit": {*v.units, "weekend", "quarter", "quarters"}, "dayword": {"today", "tonight", "yesterday", "tomorrow", "tmrw", "day"},
        "quarter": {"quarter", "half", "q", "h"}, "season": set(v.seasons),
        "decadeword": first(v.decade_words), "holiday": first(holidays), "yearword": set(SPELLED_ANCHORS),
        "daypart": {"morning", "afternoon", "evening", "night", "overnight"}, "fiscal": {"fy", "fiscal", "financial"},
        "weekend": {"weekend"}, "hours": {"hours", "minutes"}, "vague": {"recent", "coming"}, "over": {"over"},
        "long": {"long", *(u + "long" for u in ("day", "week", "month", "year", "decade"))},
        "part": {"beginning", "start", "middle", "end"}, "rest": {"rest"}, "monthword": {"month"},
        "weekword": {"week"}, "quarters": {"quarters"}, "ordword": {"twenty", "thirty", "twentieth", "thirtieth",
        *(w + "teenth" for w in ("thir", "four", "fif", "six", "seven", "eigh", "nine"))}, "weekdays": {w + "s" for w in v.weekdays}, "plural": {"days", "weeks", "months"},
    }
    tokens: dict[str, set[str]] = {}
    for kind, words in kinds.items():
        for w in words:
            tokens.setdefault(w.lower(), set()).add(kind)
    # the anchor regex matches the longest token, so a name ("fourth of july", "good friday")
    # also opens the windows of the words inside it ("july": month, "friday": weekday)
    for name in [t for t in tokens if " " in t]:
        for part in re.findall(r"[a-z]+", name):
            tokens[name] |= tokens.get(part, set())
    by_handler = {
        _month_day: {"month"}, _month: {"month"}, _nth_weekday: {"weekday"}, _nth_weekday_bare: {"weekday"}, _iso: {"digit"},
        _numeric: {"digit"}, _month_year: {"digit"}, _year_pair: {"digit"}, _year: {"digit"},
        _decade: {"digit", "decadeword"}, _century: {"digit"}, _quarter: {"quarter", "digit"}, _fiscal_quarter: {"quarter", "fiscal", "digit"},
        _season: {"season"}, _weekday: {"weekday"}, _day_word: {"dayword", "daypart"},
        _relative_period: {"unit"}, _rolling: {"unit"}, _rest_of: {"rest"}, _day_of_month: {"monthword"},
        _ago: {"unit"}, _this_time: {"unit"}, _in_future: {"unit"}, _duration: {"unit"}, _holiday: {"holiday"},
        _nth_week: {"weekword"}, _day_range_of_month: {"monthword"}, _bare_day: {"digit", "ordword"},
        _rolling_quarters: {"quarters"}, _weekdays_away: {"weekdays"}, _spelled_year: {"yearword"}, _spelled_decade: {"yearword"},
        _amount_of_time: {"unit"}, _same_period: {"unit", "digit"}, _anaphoric_weekday: {"weekday"}, _anaphoric_period: {"unit", "daypart"}, _hours_away: {"hours"},
        _weekend: {"weekend"}, _vague: {"vague"}, _part_of_unit: {"part"}, _edge_units: {"plural"},
        _fiscal: {"fiscal"}, _fiscal_relative: {"fiscal"}, _over_during: {"over"}, _unit_long: {"long"},
    }
    # Anchors are found in the lower-cased text: words from a prefix-factored regex, and
    # only digits that can be part of a date: a four-digit number, digits around - or /,
    # d.d.d, a decade ("90s", "'90s") or an ordinal ("21st"). "2,000 troops", "5.3 million"
    # and "$752m" open no window. Both regexes start with a character class, so the engine
    # skips ahead in C between candidates.
    words = re.compile(rf"(?<![a-z])(?:{_trie(tokens)})(?![a-z])")
    digits = re.compile(r"[\d'’](?:(?<=['’])\d\d|(?<=\d)(?:\s?[-/]\s?\d|\.\d{1,2}\.\d"
                        r"|0['’]?s(?![a-z])|(?:st|nd|rd|th)(?![a-z])|\d\d\d(?!\d)(?<!\d\d\d\d\d)))")
    # Every rule starts at a word boundary: the guard lets the engine reject the inside
    # of words at once instead of trying each rule's optional prefixes there; the class of
    # the characters a match can start with (read from the rule itself) rejects spaces,
    # punctuation and other words on one character.
    compiled = tuple((_guarded(p, fl), h) for p, h in rules)
    anchors = tuple(frozenset(by_handler[h]) for _, h in rules)
    anchor_words = {kind: {w for w, k in tokens.items() if kind in k} for kind in kinds}
    return _Patterns(compiled, anchors, {w: frozenset(k) for w, k in tokens.items()}, connector,
                     words, digits, tuple(_selective(needles(pattern), kinds_of, anchor_words)
                                          for (pattern, _), kinds_of in zip(compiled, anchors)),
                     tuple(word_starts(pattern) for pattern, _ in compiled))


def _guarded(pattern: str, flags: int) -> re.Pattern[str]:
    first = first_class(pattern, flags)
    return re.compile(r"(?<![A-Za-z])" + (f"(?={first})" if first else "") + "(?:" + pattern + ")",
                      flags)


def _selective(found: Needles | None, kinds: frozenset[str],
               anchor_words: dict[str, set[str]]) -> Needles | None:
    """``found`` unless every needle is an anchor word of the rule (then every window of
    the rule holds one and the test would only cost time)."""
    if found is None:
        return None
    words = set().union(*(anchor_words.get(k, set()) for k in kinds))
    return None if set(found.strings) <= words else found
