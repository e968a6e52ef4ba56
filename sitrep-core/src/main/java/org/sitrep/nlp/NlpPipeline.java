package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;

/**
 * Stanford CoreNLP with the annotators the event coder needs: tokenize, ssplit, pos, lemma, ner (with
 * SUTime, so "Wednesday" resolves against the publication date) and depparse (UD dependencies, for
 * who-did-what-to-whom). Loading the models takes seconds and gigabytes, so one instance is shared
 * per JVM ({@link #shared()}); {@link StanfordCoreNLP#annotate} is thread-safe.
 * Tokenizing runs apart from the rest so that tokens can be adjusted before tagging (see
 * {@link #AMBIGUOUS_ACRONYMS}).
 */
public final class NlpPipeline {
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

  private static volatile NlpPipeline shared;

  /**
   * Words that the tagger reads as English function words although news uses them as names: "an IS
   * cell" is tagged "an is cell" and parsed around a copula. The token is shown to the tagger as the
   * unambiguous form; its text and offsets stay those of the article.
   */
  private static final Map<String, String> AMBIGUOUS_ACRONYMS = Map.of("IS", "ISIS");

  private final StanfordCoreNLP tokenizer;
  private final StanfordCoreNLP analysis;

  private NlpPipeline(Properties props) {
    // CoreNLP logs each model it loads; Sitrep reports its own progress. SITREP_VERBOSE=1 shows them.
    if (System.getenv("SITREP_VERBOSE") == null) {
      edu.stanford.nlp.util.logging.RedwoodConfiguration.errorLevel().apply();
    }
    Properties tokenize = new Properties();
    tokenize.putAll(props);
    tokenize.setProperty("annotators", "tokenize,ssplit");
    this.tokenizer = new StanfordCoreNLP(tokenize);
    Properties rest = new Properties();
    rest.putAll(props);
    rest.setProperty("annotators", ANNOTATORS.substring("tokenize,ssplit,".length()));
    this.analysis = new StanfordCoreNLP(rest, false);
  }

  /** The process-wide pipeline, loaded on first use. */
  public static NlpPipeline shared() {
    NlpPipeline p = shared;
    if (p == null) {
      synchronized (NlpPipeline.class) {
        p = shared;
        if (p == null) {
          p = new NlpPipeline(defaultProperties());
          shared = p;
        }
      }
    }
    return p;
  }

  static Properties defaultProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    // A blank line ends a paragraph and so a sentence: headlines and captions have no final stop.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // Fine-grained NER (CITY, STATE_OR_PROVINCE...) is a second regex pass; the gazetteer types places.
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("tokenize.language", "en");
    return props;
  }

  /** Tokens in a text as CoreNLP splits them (tokenizer only: cheap), for throughput figures. */
  public int tokenCount(String text) {
    CoreDocument doc = new CoreDocument(text);
    tokenizer.annotate(doc.annotation());
    return doc.annotation().get(CoreAnnotations.TokensAnnotation.class).size();
  }

  /** Annotates a text, with dates resolved relative to {@code published}. */
  public CoreDocument annotate(String text, LocalDate published) {
    CoreDocument doc = new CoreDocument(text);
    if (published != null) {
      doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    }
    tokenizer.annotate(doc.annotation());
    for (CoreLabel token : doc.annotation().get(CoreAnnotations.TokensAnnotation.class)) {
      String shown = AMBIGUOUS_ACRONYMS.get(token.word());
      if (shown != null) {
        token.setWord(shown);
        token.setValue(shown);
      }
    }
    analysis.annotate(doc.annotation());
    doc.wrapAnnotations();
    return doc;
  }
}
