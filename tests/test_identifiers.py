"""Identifiers: resolution numbers in their common spellings, never years or counts."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import extract

UN = " The UN Security Council met."


def ids(text: str) -> list[tuple[str, str, str]]:
    return [(c.text, c.normalized["scheme"], c.normalized["id"])
            for c in extract(text) if c.kind == "identifier"]


@pytest.mark.parametrize("text, expected", [
    ("Security Council Resolution 2325, which passed unanimously", [("Security Council Resolution 2325", "UNSCR", "2325")]),
    ("It adopted resolution 2375 (2017) on Monday." + UN, [("resolution 2375 (2017)", "UNSCR", "2375")]),
    ("UNSCR 2375 caps refined petroleum.", [("UNSCR 2375", "UNSCR", "2375")]),
    ("See S/RES/2375 (2017), paragraph 14.", [("S/RES/2375 (2017)", "UNSCR", "2375")]),
    ("under resolutions 2270 and 2321." + UN, [("resolutions 2270", "UNSCR", "2270"), ("2321", "UNSCR", "2321")]),
    ("resolutions 1718, 1874, 2087 and 2094" + UN,
     [("resolutions 1718", "UNSCR", "1718"), ("1874", "UNSCR", "1874"), ("2087", "UNSCR", "2087"), ("2094", "UNSCR", "2094")]),
    ("UN Security Council resolution No. 2397", [("UN Security Council resolution No. 2397", "UNSCR", "2397")]),
    ("General Assembly resolution A/RES/76/262 passed.", [("A/RES/76/262", "UNGA", "76/262")]),
    ("It tested a Hwasong-14 missile.", [("Hwasong-14", "designation", "Hwasong-14")]),
    ("General Assembly resolution 72/1 was adopted by a recorded vote.",
     [("General Assembly resolution 72/1", "UNGA", "72/1")]),
    ("Trump signed Executive Order 13810 on Wednesday.", [("Executive Order 13810", "EO", "13810")]),
    ("Executive Orders 13722 and 13810 remain in force, as does E.O. 13687.",
     [("Executive Orders 13722", "EO", "13722"), ("13810", "EO", "13810"), ("E.O. 13687", "EO", "13687")]),
    ("The bill, H.R. 3364, passed the House.", [("H.R. 3364", "US-bill", "H.R. 3364")]),
    ("The Senate passed its version, S. 722, and H.J.Res. 7.",
     [("S. 722", "US-bill", "S. 722"), ("H.J.Res. 7", "US-bill", "H.J.Res. 7")]),
    ("Public Law 115-44, known as CAATSA, took effect.", [("Public Law 115-44", "US-law", "115-44")]),
])
def test_identifier_spellings(text, expected):
    assert ids(text) == expected


def test_resolution_numbers_are_never_years_or_counts():
    claims = extract("Resolution 2375 was adopted. Resolution 2017 too." + UN)
    assert {c.kind for c in claims} == {"identifier"}
    assert [c.normalized["id"] for c in claims] == ["2375", "2017"]


def test_bare_resolution_needs_un_context():
    assert ids("The House passed resolution 1234 on Tuesday.") == []
    assert ids("The board passed resolution 1234.") == []


@pytest.mark.parametrize("text", [
    "The peacekeeping mission was extended by a year. Resolution 2717 runs to December.",
    "Resolution 2661 asks the Secretary-General to report every 90 days.",
])
def test_peacekeeping_and_the_secretary_general_are_un_context(text):
    assert [c.kind for c in extract(text) if c.text.startswith("Resolution")] == ["identifier"]


@pytest.mark.parametrize("text", ["leaders of the G20 met", "at the G7 summit", "a COVID-19 test", "the 9/11 attacks",
                                  "the S&P 500 index closed higher", "London's FTSE 100 slipped",
                                  "Tokyo's Nikkei 225 gained", "among Fortune 500 companies",
                                  "the small-cap Russell 2000 index", "delegates at COP29 agreed"])
def test_names_with_numbers_are_not_claims(text):
    assert [c for c in extract(text) if c.kind != "identifier"] == []


def test_hwasong_is_not_a_quantity():
    claims = extract("North Korea launched a Hwasong-14 intercontinental ballistic missile.")
    assert [(c.kind, c.text) for c in claims] == [("identifier", "Hwasong-14")]


@pytest.mark.parametrize("text, number", [
    ("The bill, H.R. 3364, passed the House.", "3364"),
    ("Public Law 115-44 took effect.", "44"),
    ("Executive Order 13810 took effect.", "13810"),
])
def test_legislation_numbers_are_not_quantities(text, number):
    assert all(number not in c.text for c in extract(text) if c.kind != "identifier")


def test_a_bare_s_dot_number_needs_congress_context():
    assert ids("He got an S. 5 grade in the exam.") == []


@pytest.mark.parametrize("a, b, slip", [
    ("C5-127", "C5-172", True),      # adjacent digits swapped
    ("81/127", "81/172", True),
    ("2375", "2325", True),          # one digit of four
    ("14", "17", False),             # one digit of two: two articles, most likely
    ("127", "721", False),           # not adjacent
    ("2375", "2375", False),
    ("VA-263", "VA-2630", False),
    ("ICE 1523", "1532", True),      # a series prefix one source leaves out
    ("ICE 1523", "TGV 1532", False),
    ("19-CV-4412", "19-CV-4421", True),
])
def test_identifier_slips(a: str, b: str, slip: bool) -> None:
    from factcheck.align import slipped

    assert slipped(a, b) is slip and slipped(b, a) is slip


@pytest.mark.parametrize("text, scheme, ident", [
    ("The satellite went up on flight VA-263 from Kourou.", "flight", "VA-263"),
    ("The General Assembly backed the pact in resolution 78/265 last month.", "UNGA", "78/265"),
    ("The General Assembly passed the text. The resolution, numbered 79/318, was adopted.", "UNGA", "79/318"),
    # an airline's code and number in reporting on a flight, without the word "flight" before it
    ("A Jetstar plane from Perth, JQ117, was diverted to Darwin.", "flight", "JQ117"),
    ("The airline said its VA512 service to Bali turned back.", "flight", "VA512"),
    ("The squad flies home from Doha on QR 908 on Monday night.", "flight", "QR 908"),
    ("Article 14 of the convention sets up the commission.", "article", "14"),
    ("Under Art. 5(2) of the charter, members must consult.", "article", "5"),
    ("The ferry crash case, number 19-CV-4412, was heard in Linz.", "case", "19-CV-4412"),
    ("Express train ICE 1523 left Hamburg late.", "train", "ICE 1523"),
    ("The train, No. 1532, was running on time.", "train", "1532"),
    ("Owners of the RX-4500 router should update it.", "designation", "RX-4500"),
    # a launch flown under its code, a regulator's case with a letter prefix
    ("The rocket, flying as VS31, lifted off from Kourou at dawn.", "flight", "VS31"),
    ("The shuttle crew of mission STS-107 died on re-entry.", "flight", "STS-107"),
    ("Regulators opened case AT.40099 into the search engine on Tuesday.", "case", "AT.40099"),
    # a thing named by "No." after its noun; a production lot or batch
    ("Voters in polling district No. 47 waited three hours.", "numbered", "district No. 47"),
    # a reference code: a train's reporting number, a grant's award number, a police reference
    ("The 2C45 service to Leeds was cancelled.", "reference", "2C45"),
    ("The lab holds grant EPSRC-4410287 until 2028.", "reference", "EPSRC-4410287"),
    ("Quote reference 14/55102/26 when calling.", "reference", "14/55102/26"),
    ("The board's Resolution TSE-0312-2026 confirmed the count.", "reference", "TSE-0312-2026"),
    # a district, a stage, a gate named by its number in lower case
    ("The recount in polling district 214 changed nothing.", "numbered_place", "district 214"),
    ("He won stage 14 of the Tour in a sprint.", "numbered_place", "stage 14"),
    ("Passengers were sent to gate 22B for boarding.", "numbered_place", "gate 22B"),
    ("The council passed ordinance No. 2231 on Monday.", "numbered", "ordinance No. 2231"),
    ("The yoghurt from batch 24C117 was withdrawn.", "lot", "24C117"),
    ("Airbags with serial number 88213KX may fail.", "lot", "88213KX"),
    # a parliament's numbered bill, a trial's registration, an investigator's case code
    ("MPs backed Bill 62 by a wide margin.", "bill", "62"),
    ("The study (NCT04211930) enrolled 1,200 patients.", "NCT", "NCT04211930"),
    ("Investigators opened case number TSB-2025-0114 on Friday.", "case", "TSB-2025-0114"),
    ("The court file, numbered KR-2023-00412, runs to 9,000 pages.", "case", "KR-2023-00412"),
    # a ship's IMO number, however the sentence introduces it
    ("The bulk carrier (IMO 9512347) ran aground.", "IMO", "9512347"),
    ("The ferry, whose IMO number is 9512347, was refloated.", "IMO", "9512347"),
    # a merger case with a year after a slash; a space object's catalogue number and designator
    ("The takeover is under review as case number M.2204/24.", "case", "M.2204/24"),
    # a parliament's bill numbered within its year, after its name or set off after "bill,"
    ("Deputies received Finance Bill No. 14/2026 on Monday.", "bill", "14/2026"),
    ("The bill, No. 9/2024 in the Senate's register, was withdrawn.", "bill", "9/2024"),
    ("Radar stations tracked the debris as object 61342 for a week.", "satellite", "61342"),
    # a body's code, a year and a serial, however it is introduced; an investigator's code
    # of capitals and digits; a bill with a letter series; a capitalised numbered thing
    ("The insurer lost its appeal (claim HC-2024-001873) in the High Court.", "reference", "HC-2024-001873"),
    ("Inspectors opened probe RRD25FR012 into the derailment.", "reference", "RRD25FR012"),
    ("Deputies debated Bill K 117, the housing reform, for six hours.", "bill", "K 117"),
    ("The curfew rests on Statutory Instrument No. 9 of 2026.", "numbered", "Instrument No. 9"),
    ("A recount in Constituency 12 was ordered after the vote.", "numbered_place", "Constituency 12"),
    ("The probe, international designator 2024-118B, was released.", "satellite", "2024-118B"),
    # codes of capitals and digits, however introduced; a council's resolution by year and
    # serial; a law's number and year; a sub-article
    ("The complaint was registered with the trade body as dispute DS593 on Friday.", "reference", "DS593"),
    ("Members debated motion S6M-10021 for an hour.", "reference", "S6M-10021"),
    ("The board adopted recommendation ECR 31544 without a vote.", "reference", "ECR 31544"),
    ("The tribunal listed the appeal as CAS 2023/A/9876.", "reference", "CAS 2023/A/9876"),
    ("The county passed Resolution 2023-088 to fund the levee.", "reference", "2023-088"),
    ("The ministry issued Order No. 2022-TR-0115 to close the pass.", "numbered", "Order No. 2022-TR-0115"),
    ("The tax was approved under Law No. 118/2022.", "numbered", "Law No. 118/2022"),
    ("Credits are traded under Article 9.1 of the accord.", "article", "9.1"),
    # a decree, law or regulation by serial and year (not a month); an advisory's code with
    # a letter suffix; a train's reporting number with H in reporting on a railway
    ("Royal Decree-Law 8/2024 caps rents in Valencia.", "law", "Decree-Law 8/2024"),
    ("Fines are set by Regulation (EU) 2022/868 on data.", "law", "Regulation (EU) 2022/868"),
    ("Analysts flagged advisory ICSA24-317B to utilities on Monday.", "reference", "ICSA24-317B"),
    ("The railway said the train, running as 2H47, hit a fallen tree.", "reference", "2H47"),
    # a body's code with a year and a serial cut by hyphens or slashes; a resolution by "No.";
    # a governor's order numbered from one
    ("The bank regulator lifted consent order FR-BK-2021-27 in May.", "reference", "FR-BK-2021-27"),
    ("The vaccine holds licence MHR/EUA/2021/0311 for a year.", "reference", "MHR/EUA/2021/0311"),
    ("The board adopted Resolution No. 2207 on the count.", "numbered", "Resolution No. 2207"),
    ("The governor's Executive Order No. 37 closed the beaches.", "EO", "37"),
    # a decree numbered with its year and its issuer's code; a regulator's campaign number
    ("The cabinet issued Supreme Decree No. 041-2024-PCM on Friday.", "numbered", "Decree No. 041-2024-PCM"),
    ("The agency lists the recall as campaign 23E-088.", "reference", "23E-088"),
    # a train named by its number; a federal docket after "No."; a designator without a
    # piece letter; a number given as an ID; a council's instrument by year and serial
    ("Train 482 left Leeds at noon with 212 people aboard.", "train", "482"),
    ("The case, docketed as No. 2:24-cv-01187, was sealed.", "case", "2:24-cv-01187"),
    ("The stage is catalogued under international designator 2025-117.", "satellite", "2025-117"),
    ("The plant, listed under EPA facility ID 110-0043712, was fined.", "reference", "110-0043712"),
    ("Ordinance 2024-031 bans short lets in the old town.", "reference", "2024-031"),
    ("The board passed Bylaw No. 2023-15 on parking.", "reference", "2023-15"),
    # a council's reference with its kind; a court's year, kind and serial; a body's code
    # with a serial and a year; a registry's or a court's file number
    ("The chain lodged planning application 25/00417/OUT with the council.", "reference", "25/00417/OUT"),
    ("The judge dismissed the suit, No. 23CV04187, in March.", "reference", "23CV04187"),
    ("The tribunal confirmed the count in Decision TEP-D-042-2025.", "reference", "TEP-D-042-2025"),
    ("The prospectus, under file number 333-274118, runs to 400 pages.", "case", "333-274118"),
    ("Its appeal, court file A-88-24, will be heard in May.", "case", "A-88-24"),
    # a decree by serial, year and issuer without "No."; an agency's code after "No."; a
    # ballot measure where voters are reported on
    ("The cabinet declared mourning in Supreme Decree 088-2025-PCM.", "reference", "088-2025-PCM"),
    ("The agency issued order CPF No. 3-2025-011H to the operator.", "reference", "CPF No. 3-2025-011H"),
    ("Voters approved Measure 26-233, the library levy, on Tuesday.", "ballot", "26-233"),
    # a code of capitals and parts cut by hyphens or slashes, whatever word is before it;
    # a train named as a numbered service where trains are reported on
    ("In a 5-2 opinion in matter KT-25-0412-AP, the justices agreed.", "reference", "KT-25-0412-AP"),
    ("The merger, registered as ME/4519/25, awaits a decision.", "reference", "ME/4519/25"),
    ("Service 1843, the 07:10 from Arnholt, derailed near the viaduct.", "train", "1843"),
    # a governor's order by year and serial; a bill with its year after a slash; a state
    # bill by session year and serial, written out or short (one id); a notice or a case
    # by "No." and a year and serial, or "Case No." and a bare serial; a case's serial
    # after its parties' names
    ("The governor signed Executive Order 2024-37 on Friday.", "EO", "2024-37"),
    ("Deputies backed Bill 212/2025 on pensions.", "bill", "212/2025"),
    ("Lawmakers passed House Bill 25-1031 on water rights.", "bill", "25-1031"),
    ("Lawmakers passed HB25-1031 on water rights.", "bill", "25-1031"),
    ("The firm filed a layoff notice, No. 2025-0418, with the state.", "case", "2025-0418"),
    ("The court ruled in the dispute (Case No. 61207) on Monday.", "case", "61207"),
    ("The justices ruled in Ortega v. Lindqvist, No. 61207, on Monday.", "case", "61207"),
    # a regulator's record by its noun and "number"; an EU legislative procedure; a stock
    # symbol after a mixed-case exchange, or as an instrument code with its exchange's suffix
    ("The agency is tracking the leak under incident number 24-11873.", "case", "24-11873"),
    ("The Commission tabled the file (procedure 2023/0412(COD)) in June.", "EU_procedure", "2023/0412(COD)"),
    ("Shares of Orvell (Nasdaq: ORVL) rose 4 percent.", "ticker", "ORVL"),
    ("Shares of Orvell (ORVL.O) rose 4 percent.", "ticker", "ORVL"),
])
def test_numbered_things_are_identifiers(text: str, scheme: str, ident: str) -> None:
    got = [c.value for c in extract(text, None) if c.kind == "identifier"]
    assert [(v.scheme, v.id) for v in got] == [(scheme, ident)]


@pytest.mark.parametrize("text", [
    "Lot 12 of the auction sold for $4,000.",  # a lot with no letter in it is a count's place
    "The team won a lot 3-1.",
    "The Prime Minister No. 10 staff met.",  # "No." after a name
    "Train 40 per cent of staff by June, the memo said.",  # a verb opening a sentence
    "The bank's service 2400 customers a day.",  # no trains reported on
    "Pole-sitter Verano, No. 1234 in the rankings, led.",  # a comma before "No." where no case is named
])
def test_numbers_after_lot_or_no_that_name_nothing(text: str) -> None:
    assert not [c for c in extract(text, None) if c.kind == "identifier" and c.value.scheme in ("lot", "numbered", "train")]


@pytest.mark.parametrize("text", [
    "The team won 115-113 on Sunday after a 2-3 start.",  # scores
    "The ceasefire ran from 2024-05-06 to 2024-06-01.",  # dates
    "The F-16 and the A-10 flew 14 sorties.",  # designations, not references
    "The US No. 1 seed lost in the first round.",  # a rank, not an agency's code
    "The 3-1-1 call line and the 4-4-2 formation are no codes.",  # no capitals before them
])
def test_scores_dates_and_designations_are_no_reference_codes(text: str) -> None:
    assert not [c for c in extract(text, None) if c.kind == "identifier" and c.value.scheme in ("reference", "case")]


@pytest.mark.parametrize(("a", "b", "want"), [
    ("2375", "2325", True),       # one digit of four
    ("C5-127", "C5-172", True),   # two adjacent digits swapped
    ("NE 2417", "2471", True),    # a series prefix one leaves out
    ("2025", "20255", False),     # two bare numbers of two lengths (once recursed without end)
    ("14", "17", False),          # a short number differs by right
    ("FRG", "FGR", True),         # two capitals of a code swapped
    ("UN", "NU", False),          # (too short to tell)
])
def test_an_identifier_slip(a: str, b: str, want: bool) -> None:
    from factcheck.align import slipped

    assert slipped(a, b) is want and slipped(b, a) is want


@given(st.text(alphabet="0123456789ABN -/", max_size=12), st.text(alphabet="0123456789ABN -/", max_size=12))
@settings(max_examples=300, deadline=None)
def test_an_identifier_slip_never_crashes(a: str, b: str) -> None:
    from factcheck.align import slipped

    assert isinstance(slipped(a, b), bool)


@pytest.mark.parametrize(("text", "scheme", "ident"), [
    # a court register's number cut by slashes, with its year
    ("The court ruled in case number 118/Pid.B/2024/PN Sby on Monday.", "case", "118/Pid.B/2024/PN"),
    ("Judges heard case No. 7/G/2023/PTUN last week.", "case", "7/G/2023/PTUN"),
    # a stock symbol
    ("Shares of Tervo (NYSE: TRV) rose 4%.", "ticker", "TRV"),
    ("It trades under the ticker symbol KLM3.", None, None),  # (no symbol of letters)
])
def test_register_numbers_and_stock_symbols(text: str, scheme: str | None, ident: str | None) -> None:
    got = [(c.value.scheme, c.value.id) for c in extract(text) if c.kind == "identifier"]
    assert got == ([(scheme, ident)] if scheme else [])


@pytest.mark.parametrize("text", ["Profits rose in 1H25.", "Sales in 2Q24 fell.", "It rained on 12/05/2025.",
                                  "Tickets cost £25/£30 on the day.", "The COVID-19 rules ended.",
                                  "Steel sold at USD 1500 a tonne.", "The fee rose to EUR2400.",
                                  "The castle dates from AD 1066.",
                                  "The rail operator's profits rose in 1H25.",
                                  "Rail freight grew by a third in 2Q24 (1Q24: a tenth)."])
def test_halves_quarters_dates_and_prices_are_no_reference_codes(text):
    assert [c for c in extract(text) if c.normalized.get("scheme") in ("reference", "law")] == []


@pytest.mark.parametrize("text", [
    "Section 5 of the code and Article 2001 of the old register differ.",
    "Operative paragraph 1234 was struck out.",
])
def test_a_longer_number_is_never_cut_to_an_identifiers_first_digits(text: str) -> None:
    """An article or paragraph number is up to three digits: a longer number is not read
    as its first three ("Article 2001" is not Article 200)."""
    from factcheck import extract

    got = [c for c in extract(text) if c.kind == "identifier"]
    assert not any(c.text.endswith(("200", "123")) for c in got), [(c.text, c.value) for c in got]
