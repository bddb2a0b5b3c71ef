package org.newssearch.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newssearch.model.Quote;

class QuoteFinderTest {

  private static final NewsNlp NLP = NewsNlp.standard();

  private static List<String> quotes(String text) {
    return NLP.analyze(text).quotes().stream().map(Quote::text).toList();
  }

  @Test
  void apostrophesAreNotQuotationMarks() {
    assertEquals(List.of("Nazanin’s case isn’t over, and the ’90s are gone"), quotes("He said: ‘Nazanin’s case isn’t over, and the ’90s are gone’."));
    assertEquals(List.of("the students’ union will decide"), quotes("She said: ‘the students’ union will decide’ and left."));
    assertEquals(List.of(), quotes("The O’Malleys’ house and the Joneses’ car were rock ’n’ roll."));
  }

  @Test
  void curlyStraightSingleDoubleAndGuillemets() {
    assertEquals(List.of("one", "two", "three", "four", "five"), quotes("“one” and ‘two’ and \"three\" and 'four' and «five»."));
  }

  @Test
  void aQuotationOverSeveralParagraphsSharesAGroup() {
    List<Quote> q = NLP.analyze("He said: ‘First part.\n\n‘Second part.\n\n‘Third part.’\n\nThen ‘another’ one.").quotes();
    assertEquals(List.of("First part.", "Second part.", "Third part.", "another"), q.stream().map(Quote::text).toList());
    assertEquals(List.of(0, 0, 0, 1), q.stream().map(Quote::group).toList());
  }

  @Test
  void nestedQuotesWithTheSameOrTheOtherMark() {
    assertEquals(List.of("I was saying ‘I think this is different’. This is a norm.", "I think this is different"),
        quotes("‘I was saying ‘I think this is different’. This is a norm.’"));
    assertEquals(List.of("He told me, ‘Don’t worry,’ and hung up.", "Don’t worry,"), quotes("“He told me, ‘Don’t worry,’ and hung up.”"));
    assertEquals(List.of("We’ll see. They said ‘listen, it’s just complicated.", "listen, it’s just complicated."),
        quotes("‘We’ll see. They said ‘listen, it’s just complicated.’"));
  }

  @Test
  void nicknamesInNamesAndTitlesOfWorksAreNotQuotes() {
    assertEquals(List.of(), quotes("Sen. Walter “Buck” Dunleavy voted, as did a man who goes by “Deuce,” at the film “The Long Night”."));
  }

  @Test
  void titlesOfWorksByTheirMakerOrInAppositionAreNotQuotesAndNameNothing() {
    String text = "“The Salt Road”, Nadia Okonkwo-Hart’s second drama, opens today. She is the author of “Why We Wake” and the crowd sang "
        + "“You’ll Never Walk Alone”. Her new novel, “The Salt Years”, came out in May. “We Will Win,” he said.";
    assertEquals(List.of("We Will Win,"), quotes(text));
    assertEquals(List.of("Nadia Okonkwo-Hart"), NLP.analyze(text).entities().stream().map(m -> m.text()).toList());
  }

  @Test
  void productAndProjectNamesAreNotQuotesAndNameNothing() {
    String text = "Its flagship product, \"Reconcile,\" now handles 30 million payments, and a second product, code-named \"Ledger Zero,\" is due. "
        + "The minister called it \"a disgrace,\" he said.";
    assertEquals(List.of("a disgrace,"), quotes(text));
    assertEquals(List.of(), NLP.analyze(text).entities());
  }

  @Test
  void offsetsPointAtTheQuotedWords() {
    String text = "Mr Ratcliffe told reporters: ‘In truth, no breakthrough.’";
    Quote q = NLP.analyze(text).quotes().get(0);
    assertEquals("In truth, no breakthrough.", text.substring(q.start(), q.end()));
  }

  @Test
  void aTitleCasedQuoteBeforeAVerbOfSayingIsWordsSaid() {
    assertEquals(List.of("Never Again"), quotes("‘Never Again’, Boris Johnson wrote in his column on Sunday."));
    assertEquals(List.of("Not Good Enough"), quotes("‘Not Good Enough’, the captain said after the series defeat."));
  }
}
