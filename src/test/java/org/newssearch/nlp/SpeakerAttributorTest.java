package org.newssearch.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newssearch.model.Quote;

class SpeakerAttributorTest {

  private static final NewsNlp NLP = NewsNlp.standard();

  private static List<String> speakers(String text) {
    return NLP.analyze(text).quotes().stream().map(q -> q.speaker() + " / " + q.cue()).toList();
  }

  @Test
  void cueBeforeOrAfterTheQuote() {
    assertEquals(List.of("Richard Ratcliffe / told"), speakers("Richard Ratcliffe told reporters: ‘In truth, no breakthrough.’"));
    assertEquals(List.of("Tulip Siddiq / said"), speakers("‘We owe them the money,’ Tulip Siddiq said."));
    assertEquals(List.of("Jacob Rees-Mogg / said"), speakers("‘It is extraordinarily difficult,’ said Jacob Rees-Mogg."));
    assertEquals(List.of("Hamid Baeidinejad / according to"), speakers("The case is ‘coming to an end’, according to Hamid Baeidinejad."));
  }

  @Test
  void pronounsGoToThePersonTheyStandFor() {
    assertEquals(List.of("Richard Ratcliffe / told", "Richard Ratcliffe / added"),
        speakers("Richard Ratcliffe told reporters: ‘No breakthrough.’\n\nHe added: ‘I will think carefully.’"));
    assertEquals(List.of("Tulip Siddiq / said", "Boris Johnson / said"),
        speakers("Tulip Siddiq said: ‘Pay the debt.’\n\nBoris Johnson disagreed. ‘We will not,’ he said."));
  }

  @Test
  void aRelativeClauseAsideWithAVerbOfItsOwnIsSkipped() {
    assertEquals(List.of("One neighbour / said", "Jane Doyle / said"),
        speakers("Police arrived. One neighbour, who asked not to be named, said: ‘You’d hear them arguing.’ "
            + "Jane Doyle, who told police she saw the car, said: ‘It was red.’"),
        "'asked' and 'told' belong to the aside; the cue is 'said' and the speaker has no trailing comma");
  }

  @Test
  void theSentenceSubjectBehindAPartyAndAParticiple() {
    assertEquals(List.of("Sibusiso Mthethwa / saying", "Sibusiso Mthethwa / saying"),
        speakers("ANC regional secretary Sibusiso Mthethwa dismissed the criticism as \"opportunistic\", saying the DA had \"never run a township\"."),
        "the secretary, not his party; a partial quote before ', saying' is the subject's");
    assertEquals(List.of("Sabitri Behera / said"),
        speakers("Water Resources Minister Smt Sabitri Behera briefed reporters. \"Farmers have been waiting,\" said the minister."),
        "'the minister' is the minister named before, an honorific between title and name");
  }

  @Test
  void companiesSourcesAndRanksAfterTheCue() {
    assertEquals(List.of("Kian Heng Foods Holdings / said", "Rhonda Pierce / said", "Ann Waithera Mbugua / accused", "A source close to the club / said",
            "People familiar with the talks / said"),
        speakers("Kian Heng Foods Holdings will close its factory. The company said in a filing that the plant was “no longer viable”. "
            + "\"These are not victimless crimes,\" said TPD Capt. Rhonda Pierce. Council of Governors chairperson Ann Waithera Mbugua accused "
            + "legislators of \"running counties through the back door\". A source close to the club said they had ‘no regrets’. "
            + "People familiar with the talks said: ‘It is done.’"));
    assertEquals(List.of("null / told"), speakers("Care home boss ‘stole £140,000 from residents’, jury told\n\nA manager stole money."),
        "the jury was told; the headline does not say who spoke");
  }

  @Test
  void wireCopyShapes() {
    assertEquals(List.of("One Western commercial attache / said", "A senior Western diplomat / said"),
        speakers("One Western commercial attache here said: \"Devaluation will not change anything.\" A senior Western diplomat said: \"It is late.\""),
        "a colon after the cue opens the next quotation, and 'here' sits between speaker and cue");
    assertEquals(List.of("Alasdair MacLeod-Innes / said"),
        speakers("Alasdair MacLeod-Innes, chief executive of the Scottish Fishermen’s Federation, said: ‘This is the outcome we feared.’"));
    assertEquals(List.of("K. Sethuraman / said"),
        speakers("His father, K. Sethuraman, a retired officer who watched from the front row, said the family was “proud and a little relieved”."),
        "'said the family was' reports what was said; the family did not say it");
    assertEquals(List.of("Karen Mbatha-Lowe / said"),
        speakers("Detective Inspector Karen Mbatha-Lowe led the case. “We were able to follow him,” the detective inspector said."));
    assertEquals(List.of("Stuart Pennington / said", "Stuart Pennington / said"),
        speakers("The general counsel, Stuart Pennington, said Halvorsen \"has always marketed its products responsibly,\" and that the company had agreed to settle \"to put this behind us.\""));
  }

  @Test
  void aParticipleCueTakesTheSentencesSubject() {
    assertEquals(List.of("Rachel Reeves / saying", "Rachel Reeves / adding"),
        speakers("Labour’s shadow chancellor Rachel Reeves hit back, saying the Tories had ‘crashed the economy’ and adding: ‘Nobody believes a word of it.’"));
  }

  @Test
  void aPronounThatFitsNobodyLeavesTheSpeakerUnknown() {
    assertEquals(List.of("Marcus Rashford / said", "null / tweeted"),
        speakers("The footballer Marcus Rashford said the decision was “a disgrace”.\n\n“It’s over,” she tweeted after the result."));
  }

  @Test
  void aPartialQuoteEndingItsSentenceBelongsToThatSentence() {
    assertEquals(List.of("Dalai Lama / told"),
        speakers("The Dalai Lama told followers in Dharamsala that compassion “is not a luxury”. Pope Francis, speaking at the Vatican, agreed."));
  }

  @Test
  void aParenthesisBetweenNameAndCue() {
    assertEquals(List.of("Elizabeth Warren / said"),
        speakers("Sen. Elizabeth Warren (D-Mass.) said Tuesday that the bill \"does nothing for working families.\""));
  }

  @Test
  void partialQuotesTakeTheSubjectNotTheObject() {
    assertEquals(List.of("Richard Ratcliffe / told", "Richard Ratcliffe / urged"),
        speakers("Richard Ratcliffe told reporters: ‘It goes on.’\n\nHe urged Mr Johnson to be ‘brave’ in resolving the dispute."));
  }

  @Test
  void nominalSpeakersStayAsWritten() {
    assertEquals(List.of("the Prime Minister’s official spokesman / said"),
        speakers("Ahead of the meeting the Prime Minister’s official spokesman said: ‘Her detention is unacceptable.’"));
  }

  @Test
  void aRoleNounBeforeTheNameAfterTheCue() {
    assertEquals(List.of("Marlin Fitzwater / said", "Anne Parker Mills / said", "John Lipsky / said"),
        speakers("\"Prices will fall,\" said spokesman Marlin Fitzwater. \"Currencies will muddle,\" said Shearson Lehman Brothers analyst "
            + "Anne Parker Mills. \"No,\" said chief economist John Lipsky."));
  }

  @Test
  void asidesBetweenTheSpeakerAndTheCue() {
    assertEquals(List.of("Jane Doyle / said", "John Moss / said", "Tom Brandt / said", "A neighbour / said"),
        speakers("Jane Doyle, 34, of Leeds, said: \"It was terrifying.\" John Moss, 51, from Bolton, said: \"We lost everything.\" "
            + "Passenger Tom Brandt of Boulder, Colo., said: \"It was calm.\" A neighbour, who did not want to be named, said: \"You hear shouting.\""));
  }

  @Test
  void aColonEndingTheParagraphBeforeTheQuotation() {
    assertEquals(List.of("Alison Reid / said"), speakers("Chief Fire Officer Alison Reid said:\n\n\"Someone dumped rubbish by the door.\""));
    assertEquals(List.of("Alison Reid / null"), speakers("Alison Reid was blunt about the cause:\n\n\"Someone dumped rubbish.\""));
  }

  @Test
  void anAmericanPartialQuoteEndingItsSentenceKeepsItsOwnSpeaker() {
    assertEquals(List.of("A Chinese Foreign Ministry spokesman / said"),
        speakers("A Chinese Foreign Ministry spokesman said China welcomed \"any step toward normal trade.\" Officials declined comment, Tass said."));
  }

  @Test
  void anOfficeSpeaksAndAColonKeepsTheQuoteWithItsIntroduction() {
    assertEquals(List.of("The Taoiseach / said", "The premier / said", "The Chancellor / told"),
        speakers("The Taoiseach said: \"We will act.\" The premier said she was \"ready\". The Chancellor told MPs: \"Growth is back.\""));
  }

  @Test
  void theOneToldIsTheListenerNotTheSpeaker() {
    assertEquals(List.of("the 34-year-old / told"), speakers("“I never imagined this,” the 34-year-old told The Associated Press."));
    assertEquals(List.of("Amira Haddad / told"), speakers("Dr Amira Haddad met reporters. “We are ready,” she told Mr Jones."));
  }

  @Test
  void continuationParagraphsKeepTheirSpeaker() {
    List<Quote> q = NLP.analyze("Mr Rees-Mogg said: ‘The Government cannot pay.\n\n‘The risk would be considerable.\n\n‘The law must take its course.’").quotes();
    assertEquals(3, q.size());
    q.forEach(x -> assertEquals("Rees-Mogg", x.speaker()));
  }

  @Test
  void innerQuotesAreNotTheOuterSpeakersUnlessTheySaySo() {
    List<Quote> q = NLP.analyze("Richard Ratcliffe said: ‘I was saying ‘I think this is different’. They said ‘listen, we are doing all we can’.’").quotes();
    assertEquals("Richard Ratcliffe", q.get(0).speaker());
    assertEquals("I think this is different", q.get(1).text());
    assertEquals("Richard Ratcliffe", q.get(1).speaker(), "‘I was saying …’: his own words");
    assertEquals("listen, we are doing all we can", q.get(2).text());
    assertNull(q.get(2).speaker(), "‘They said …’: nobody the text names");
  }

  @Test
  void innerQuotesTakeTheSpeakerTheOuterWordsName() {
    assertEquals(List.of("Tom Hale / said", "My father / told"),
        speakers("‘My father always told me, ‘Never sell the top field’,’ said Tom Hale."));
    assertEquals(List.of("Ann Roe / said", "The doctor / said", "Ann Roe / said"),
        speakers("“The doctor sat across from him and said, ‘You will be fine,’ and he believed him,” Ann Roe said. “He was a kid.”"));
    assertEquals(List.of("Karsten Warholm / told", "Karsten Warholm / thought"),
        speakers("Karsten Warholm won.\n\n\"I heard him coming and I thought, 'Not in my house,'\" Warholm told NRK."));
    assertEquals(List.of("Lena Hart / said", "One of them / said"),
        speakers("“One of them said to me at two in the morning, ‘We are finished,’” Lena Hart said."));
    assertEquals(List.of("Luca Marchetti / said", "Marco Bellini / said", "Marco Bellini / said"),
        speakers("“With ten laps to go, my engineer Marco Bellini said to me, ‘Stay out.’ He said, ‘Trust us.’” Luca Marchetti said."));
    assertEquals(List.of("Lena Hart / said", "My mother / say"),
        speakers("“My mother used to say, ‘Fish don’t wait,’” Lena Hart said."));
  }

  @Test
  void unnamedSourcesKeepWhatMakesThemSources() {
    assertEquals(List.of("a person familiar with the matter / said", "people familiar with the talks / according to",
            "one official involved in the negotiations / said", "officials / said"),
        speakers("\"We are not there yet,\" said a person familiar with the matter. The deal is \"close\", according to people familiar with the talks. "
            + "\"It is over,\" one official involved in the negotiations said. \"It is done,\" said officials."));
  }

  @Test
  void aRelativeAsideOrAnObjectBeforeAParticipleIsNotTheSubject() {
    assertEquals(List.of("Opal Kincaid / said"),
        speakers("Mrs. Opal Kincaid, 54, who lost her home at Sarah Ann, said the water \"came up like a wall.\""));
    assertEquals(List.of("Faisal Al-Harbi / saying"),
        speakers("Faisal Al-Harbi declined to give the value of the order with Airbus, saying only that it was \"substantial\"."));
  }

  @Test
  void wireCopyNominalsOnOneLineWithTheirEmployerAndTitlesWrittenOutAfterThe() {
    assertEquals(List.of("one Latin American delegate / said", "a senior dealer at Daishin Trust Bank Ltd / said"),
        speakers("    \"We are further apart now,\" one Latin\nAmerican delegate said.\n    \"The yen will rise,\" said a senior dealer at Daishin Trust Bank Ltd in Seoul."));
    assertEquals(List.of("Luis Carranza / said"), speakers("Gov. Luis Carranza signed the order.\n\nCarranza was more blunt. “We are done,” the governor said."));
  }

  @Test
  void aHeadlineQuoteTakesTheSpeakerOfTheBodyQuotationHoldingItsWords() {
    assertEquals(List.of("Helen Marsden / says", "Helen Marsden / said"),
        speakers("‘We are being left behind’: rural bus cuts leave villages stranded, says Labour MP\n\n"
            + "Labour MP Helen Marsden said: ‘Whole villages are cut off. We are being left behind by ministers.’"));
  }

  @Test
  void aTitledNameInAppositionAfterTheCueSpeaks() {
    assertEquals(List.of("Inés del Castillo Ruiz / said"), speakers("“Walking helps,” said the study’s lead author, Dr Inés del Castillo Ruiz."));
  }

  @Test
  void anOpeningClauseIsNotTheSubject() {
    assertEquals(List.of("Godfrey Ssempijja / shouted", "Guy Thibodeau / null"),
        speakers("As he was led away, Godfrey Ssempijja raised a fist and shouted “People power!”\n\n"
            + "Coach Guy Thibodeau was not there. In a statement released through the team, he thanked players and fans: “It was an honour.”"));
  }

  @Test
  void aQuoteWithoutACueAfterASentenceDescribingSomeoneIsTheirs() {
    assertEquals(List.of("Nomsa Khumalo / null", "null / null", "null / null"),
        speakers("In Orlando East, Soweto, Nomsa Khumalo, who runs a spaza shop, was blunt. “My fridges are full of meat.”\n\n"
            + "Luis Carranza was adamant that the plan would “change everything”. “We are done.”"));
  }

  @Test
  void aPronounAfterASentenceDescribingSomeoneIsThemAndNominalsEndBeforeTheirComma() {
    assertEquals(List.of("Karsten Warholm / told", "Alison dos Santos / said", "A young architect / asked"),
        speakers("Karsten Warholm won. \"This is my house,\" Warholm told NRK.\n\nAlison dos Santos was second. Dos Santos was gracious in defeat. "
            + "\"Karsten is the best,\" he said.\n\nA young architect, who asked that his name be withheld, complained that the “style” had been imposed."));
  }

  @Test
  void scareQuotesHaveNoSpeaker() {
    Quote q = NLP.analyze("Drivers complained about so-called ‘smart’ motorways.").quotes().get(0);
    assertNull(q.speaker());
    assertEquals(-1, q.speakerStart());
  }

  @Test
  void theNameOfAThingHasNoSpeaker() {
    assertEquals(List.of("null / null", "Smith / called"),
        speakers("The software, called \"docuFORUM\", transfers files, Lawrence Brilliant said. Mr Smith called the plan \"a disaster\"."));
  }

  @Test
  void aPronounStandsForTheSubjectNotTheObject() {
    assertEquals(List.of("Kelly Jones / added"),
        speakers("Ms Kelly Jones said she had left after her daughter Poppy begged her to go.\n\n\"It was the right call,\" she added."));
    assertEquals(List.of("Jaime Ongpin / said"),
        speakers("Jaime Ongpin took over from deposed leader Ferdinand Marcos.\n\n\"But I would like to see them push,\" he said."));
    assertEquals(List.of("a union representative / said", "a union representative / said"),
        speakers("\"The vote was close,\" a union representative said.\n\n\"We will strike,\" he said."));
  }

  @Test
  void aTitleBeforeTheSubjectIsItsOwnNotARoleOfTheNameBeforeIt() {
    assertEquals(List.of("Sonia Sotomayor / wrote", "Sonia Sotomayor / added"),
        speakers("In a dissent joined by Justices Elena Kagan and Ketanji Brown Jackson, Justice Sonia Sotomayor wrote that the decision would "
            + "\"leave the highways to the honor system.\" She added: \"The Court declined to listen.\""));
  }

  @Test
  void termedIsACue() {
    assertEquals(List.of("Zubair Ahmed Khattak / termed"), speakers("PTI spokesman Zubair Ahmed Khattak termed the deadline \"a fairy tale\"."));
  }

  @Test
  void wireAttributionsWithRolesAndPlaces() {
    assertEquals(List.of("The foreign banker in Sao Paulo / said"), speakers("The foreign banker in Sao Paulo said, \"I think Brazil could pay.\""));
    assertEquals(List.of("One source / said"), speakers("One source said, \"This was taken as a sign.\" The dealer added that prices fell."));
    assertEquals(List.of("an economist at one of the main embassies / said"),
        speakers("\"Economic factors were balanced by political realities,\" an economist at one of the main embassies here said."));
    assertEquals(List.of("George Hoffman / said"),
        speakers("\"To say this is a turnaround is wrong,\" George Hoffman, director of commodity analysis for Pillsbury said."));
  }

  @Test
  void aNewSubjectTakesOverFromTheLastSpeaker() {
    assertEquals(List.of("Ryan McAllister / said", "Luc Desrosiers / said"), speakers("\"Shoot more,\" said Ryan McAllister.\n\n"
        + "Canadiens coach Luc Desrosiers said he had spoken to Pierre Bouchard. \"I told him to shoot more,\" he said."));
    assertEquals(List.of("Smith / said", "Smith / said"), speakers("\"It was bad,\" said Mr Smith.\n\nHe met Tony Blair later. \"It went well,\" he said."));
  }

  @Test
  void bodiesQuotedSpeakersAndUnnamedOnes() {
    assertEquals(List.of("the union / said", "the chamber / added", "null / said"),
        speakers("\"We will fight,\" the union said. \"It is unfair,\" the chamber added. \"No,\" the steering group said."));
    assertEquals(List.of("Ali Khalil / quoted"), speakers("The newspaper quoted Finance Minister Ali Khalil as saying, \"We will not devalue.\""));
    assertEquals(List.of("an official at a major oil company / said"), speakers("\"Prices are firm,\" an official at a major oil company said."));
  }

  @Test
  void itIsTheOrganisationAndLongTitlesAndRulings() {
    assertEquals(List.of("Acme Corp / added"), speakers("Acme Corp reported a loss. It added that the outlook was \"very uncertain.\""));
    assertEquals(List.of("the company / said", "the company / added"), speakers("\"We will appeal,\" the company said. \"It is unfair,\" it added."));
    assertEquals(List.of("Frank Newman / said"), speakers("\"We expect growth,\" said Vice Chairman and Chief Financial Officer Frank Newman."));
    assertEquals(List.of("The judge / ruled"), speakers("The judge ruled that the contract was \"void and unenforceable.\""));
    assertEquals(List.of("one senior gilt market maker / said"), speakers("\"Sales will rise,\" one senior gilt market maker said."));
  }

  @Test
  void aClauseSubjectAfterACommaIsNoObject() {
    assertEquals(List.of("A spokesperson for the carmaker / said", "Devansh Sethuraman / said"),
        speakers("Devansh Sethuraman retired. A spokesperson for the carmaker said the partnership would \"continue unchanged\".\n\n"
            + "Asked what comes next, Sethuraman laughed. \"First, some sleep,\" he said."));
  }

  @Test
  void aQuotationAfterASentenceThatReportsSomeoneSaying() {
    assertEquals(List.of("Claire Fenwick-Adams / said"), speakers("His death was confirmed by his daughter, Claire Fenwick-Adams, who said he had been ill. "
        + "\"Dad played the piano every day.\""));
    assertEquals(List.of("null / null"), speakers("The storm hit at noon. \"It was terrifying.\""));
    assertEquals(List.of("Boris N. Yeltsin / told"), speakers("Boris N. Yeltsin, the President of the Russian republic, who had rallied resistance from "
        + "the Parliament building known as the White House, told a cheering crowd: \"The junta has lost.\""));
  }

  @Test
  void theEvidenceOffsetsPointAtTheSpeakerMention() {
    String text = "‘No,’ he said. Before that, Mr Smith had said nothing.";
    String text2 = "Mr Smith arrived. ‘No,’ he said.";
    Quote q = NLP.analyze(text2).quotes().get(0);
    assertEquals("he", text2.substring(q.speakerStart(), q.speakerEnd()));
    assertEquals("said", q.cue());
    assertNull(NLP.analyze(text).quotes().get(0).speaker(), "a pronoun before anyone is named stands for nobody");
  }

  @Test
  void aDescriptionAfterTheIsThePersonLastNamed() {
    assertEquals(List.of("Erik Stam / said", "Erik Stam / said"),
        speakers("Manchester United manager Erik Stam was blunt. “We were poor,” the Dutchman said. “The players know it,” the 48-year-old said."));
    assertEquals(List.of("Maria Lopez / said"),
        speakers("Maria Lopez beat Tom Hardy in the mixed final. “I am so happy,” the Spaniard said."));
    assertEquals(List.of("the 19-year-old / admitted"), speakers("“I don’t know what happens next,” the 19-year-old admitted."),
        "with nobody named before, the description is the speaker as written");
  }

  @Test
  void whoSpeaksForSomeoneIsTheSpeaker() {
    assertEquals(List.of("a spokeswoman for Mr Whitlam / said", "An aide to Senator Jane Ruiz / said"),
        speakers("Tom Whitlam kept the ban. “It stays,” a spokeswoman for Mr Whitlam said. An aide to Senator Jane Ruiz said she was “furious”."));
  }

  @Test
  void aRelativeClauseBetweenSubjectAndCue() {
    assertEquals(List.of("A national selector / described", "Residents / said"),
        speakers("A national selector who watched from the stands described the spinner as “ready for the next level”. "
            + "Residents who fled the fire said it was “terrifying”."));
    assertEquals(List.of("Daniel Oyelaran / said"),
        speakers("The lone no vote came from board member Daniel Oyelaran, who said the rules would be \"impossible to enforce\" without help."));
  }

  @Test
  void aColonAfterWhatTheSpeakerTalksAbout() {
    assertEquals(List.of("Jens van der Linde / said", "Jens van der Linde / null"),
        speakers("Jens van der Linde said: ‘I can’t.’\n\nVan der Linde on captain Liam O’Shaughnessy: ‘Liam trained today.’"));
  }

  @Test
  void theNationalityNounIsThePersonLastNamed() {
    assertEquals(List.of("Nikolai Baranov / said"),
        speakers("Nikolai Baranov lost in five sets. “He was better,” the Russian said."));
  }

  @Test
  void aNominalSpeakerKeepsTheOrganisationNamedInside() {
    assertEquals(List.of("A Transport for NSW spokeswoman / said"),
        speakers("A Transport for NSW spokeswoman said the agency would “not hesitate” to act."));
  }

  @Test
  void aCueOpeningTheTextBeforeAQuotationWithoutOne() {
    assertEquals(List.of("null / null"), speakers("Asked about the deal, Smith shrugged. ‘We will see what happens next.’"));
    assertEquals(List.of("Claire Dunn / said"), speakers("Said to be ill, he rested, confirmed by his daughter, Claire Dunn, who said so. ‘Dad played every day.’"));
  }

  @Test
  void aNationalityEndingInManIsNoMan() {
    assertEquals(List.of("Angela Merkel / said"),
        speakers("Angela Merkel met Tony Blair and reporters in Berlin. “We agreed on nothing,” the German said."));
  }
  @Test
  void anAsideNamingTheSpeakersEmployerLeavesThePersonOrTheirNominalSpeaking() {
    assertEquals(List.of("Karin Solberg / said"),
        speakers("Karin Solberg, secretary general of the NFTA, in explaining why the rule was adopted, said \"It is aimed at the lead manager.\""));
    assertEquals(List.of("an official from Hanwoo Motor Co Ltd / told"),
        speakers("Sales rose. \"We plan to export more cars,\" an official from Hanwoo Motor Co Ltd, who requested anonymity, told Reuters."));
  }

  @Test
  void aSpeakerNameBrokenOverLinesIsOneName() {
    assertEquals(List.of("Charles Okafor / said", "Charles Okafor / said"),
        speakers("Finance Minister Charles\nOkafor said \"cuts will come.\" Later Okafor said \"not yet.\""));
  }
  @Test
  void wireCopySpeakersBareRolesDocumentsAndQuestionsBeforeTheCue() {
    assertEquals(List.of("Tan Wei Ming / said"), speakers("Trade grew, said Tan Wei Ming, manager for trading at the Ports Board. \"We hope this helps,\" he said."));
    assertEquals(List.of("Eliot Vantongeren / said"),
        speakers("Shares fell. \"It is a risky strategy,\" said analyst Eliot Vantongeren of Kessel Arnhem and Bode, a Minneapolis brokerage."));
    assertEquals(List.of("an underwriter / remarked", "the communique / said"),
        speakers("Issues rose. \"Most issues were not on the calendar,\" an underwriter remarked. \"Prices must rise,\" the communique said."));
    assertEquals(List.of("Ruiz / asked"), speakers("\"Why not?\" Ruiz asked. Nobody answered."));
  }

  @Test
  void theSubjectOfADescriptionAsideAndOfAVerbBeforeBut() {
    assertEquals(List.of("Dana Whitfield / called"),
        speakers("Dana Whitfield, a frequent critic of Maria Delgado, called the plan “a starting point, not a verdict”."),
        "the name inside ', a critic of X,' is not who spoke");
    assertEquals(List.of("Hannah Voigt / cautioned"),
        speakers("Chief Financial Officer Hannah Voigt raised the outlook but cautioned that tariffs could shave \"a point or two\" off margins."));
    assertEquals(List.of("Gregory Tan / wrote", "Gregory Tan / wrote"),
        speakers("Analyst Gregory Tan of Morgan Stanley wrote in a note that the valuation “looks rich but not crazy,” adding that “the race is on.”"),
        "', adding' after a partial quote has the sentence's subject");
  }

  @Test
  void aNominalSpeakerGivesWayToTheNameBesideItAndKeepsItsOrganisation() {
    assertEquals(List.of("Simon Kariuki Mwangi / said", "A spokesperson for the Interior Department / said"),
        speakers("“Our members cannot carry this alone,” said the association’s chairman, Simon Kariuki Mwangi.\n\n"
            + "A spokesperson for the Interior Department said the agency “welcomes continued dialogue” with the states."));
  }

  @Test
  void aSubjectAfterADatelineAndAccordingToLaterInTheSentence() {
    assertEquals(List.of("Elena Marsh / calling"),
        speakers("SACRAMENTO, Calif. — Gov. Elena Marsh signed a bill Monday, calling it “the most important safety law in a generation.”"));
    assertEquals(List.of("Karen Szymanski / according to"),
        speakers("Banks \"appeared to be impaired\" when officers reached him, according to Lt. Karen Szymanski, a police spokeswoman."));
  }

  @Test
  void whoWasToldIsNoSpeakerAndAnAgedDescriptionIsThePersonNamed() {
    assertEquals(List.of("Sue Cleaver / told"), speakers("Sue Cleaver was upset.\n\nThe 61-year-old actress told The Sun: \"I was gutted.\""));
    assertEquals(List.of("null / null"), speakers("The fire spread. Emergency crews, who arrived within minutes, told reporters: \"It was terrifying.\""));
    assertEquals(List.of("Shintaro Abe / said", "Shintaro Abe / said"), speakers("Shintaro Abe said \"no one wants a trade war.\" Neither Tokyo nor "
        + "the Reagan administration wants that. He said the Reagan administration showed \"relative understanding\"."));
  }

  @Test
  void aPlayersRoleRefersToThePlayerNamed() {
    assertEquals(List.of("Hardik Pandya / admitted", "Hardik Pandya / said"), speakers("MI skipper Hardik Pandya admitted his bowlers \"lost the plot\". "
        + "\"We were 20 runs short,\" the all-rounder said."));
  }

  @Test
  void postNominalsBeforeACommaStayOutOfTheSpeaker() {
    assertEquals(List.of("Kemi Pinheiro / told", "Imogen Reyes / said"), speakers("Counsel to the EFCC, Kemi Pinheiro SAN, told the court he had "
        + "“evaded arrest”. Imogen Reyes KC, for the Crown, said: “No.”"));
  }

  @Test
  void anUnknownNameAfterAnInvertedCueAndBlameAsACue() {
    assertEquals(List.of("Weerachai Kongkaew / said", "Haluk Demirbaş / blamed"), speakers("“Nothing changes,” said Weerachai Kongkaew, coordinator of "
        + "the Thailand Clean Air Network. Environment Minister Haluk Demirbaş blamed “decades of illegal construction” for it."));
  }
}
