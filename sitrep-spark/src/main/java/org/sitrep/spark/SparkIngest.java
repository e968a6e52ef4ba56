package org.sitrep.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.domain.Event;
import org.sitrep.ingest.DocumentSource;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.InputDocument;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.merge.EventMerger;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.pipeline.DocumentCoder;
import org.sitrep.pipeline.EventPipeline;
import org.sitrep.pipeline.Knowledge;
import org.sitrep.stage.Stage;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreRows;
import scala.Tuple2;

/**
 * {@code sitrep ingest} on Apache Spark: reads WARC, JSON lines, HTML or text from any Hadoop-compatible
 * path, runs the same pipeline ({@link EventPipeline#assemble}) on each partition, with the models
 * loaded once per executor JVM, joins the reports of one event across partitions as the store would
 * ({@link EventMerger}, fed in input order), and writes the store's tables as Parquet partitioned by
 * month, which {@code sitrep serve --parquet} and DuckDB read as they are.
 *
 * <p>Not yet: syndicated copies (near-identical texts on other sites) are coded each, not collapsed into
 * one story as the single-machine ingest does; an archive file is read into memory by one task before
 * its documents are spread over the partitions.
 */
public final class SparkIngest {
  private SparkIngest() {
  }

  /**
   * @param input      file, folder or glob on any Hadoop file system
   * @param output     folder to write {@code articles/}, {@code events/}, {@code merged_reports/},
   *                   {@code event_reports/} to (replaced)
   * @param published  publication date for documents without one, or null
   * @param partitions how many partitions the documents are coded in
   */
  public record Options(String input, String output, LocalDate published, int partitions) implements Serializable {
  }

  /** What a run did. */
  public record Summary(long documents, long articles, long events, long reports, List<String> errors) {
  }

  /** A document with its place in the input: the order an ingest of the same inputs would store it in. */
  record Numbered(String order, InputDocument document) implements Serializable {
  }

  /** A coded article with its place in the input. */
  record Coded(String order, CodedArticle coded) implements Serializable {
  }

  public static Summary run(SparkSession spark, Options options) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    CollectionAccumulator<String> errors = spark.sparkContext().collectionAccumulator("sitrep errors");

    JavaRDD<Numbered> documents = jsc.binaryFiles(options.input())
        .flatMap(file -> read(file._1(), file._2(), errors).iterator());
    documents.cache();
    long documentCount = documents.count();

    ReadOptions readOptions = new ReadOptions(options.published(), null);
    JavaRDD<Coded> coded = documents.repartition(Math.max(1, options.partitions()))
        .mapPartitions(docs -> code(docs, readOptions, errors));
    // an article read twice (the same page in two inputs) is stored once, as its first reading
    JavaRDD<Coded> articles = coded.mapToPair(c -> new Tuple2<>(c.coded().article().id(), c))
        .reduceByKey((a, b) -> a.order().compareTo(b.order()) <= 0 ? a : b)
        .values();
    articles.cache();

    // every report of one event lands in one block (country and ACLED type), merged in input order
    JavaRDD<EventMerger.Merged> merged = articles
        .flatMapToPair(SparkIngest::eventsByBlock)
        .groupByKey()
        .flatMap(block -> merge(block._2()).iterator());
    merged.cache();

    ParquetTables tables = new ParquetTables(spark, options.output());
    tables.write("articles", StoreRows.ARTICLE_COLUMNS,
        articles.map(c -> ParquetTables.row(StoreRows.article(c.coded().article(), null),
            StoreRows.month(c.coded().article().published()))));
    tables.write("events", StoreRows.EVENT_COLUMNS, merged.filter(EventMerger.Merged::isFirstReport)
        .map(m -> ParquetTables.row(StoreRows.event(m.event()), StoreRows.month(m.event().date().date()))));
    tables.write("merged_reports", StoreRows.EVENT_COLUMNS, merged.filter(m -> !m.isFirstReport())
        .map(m -> ParquetTables.row(StoreRows.event(m.event()), StoreRows.month(m.event().date().date()))));
    tables.write("event_reports", StoreRows.REPORT_COLUMNS,
        merged.map(m -> ParquetTables.row(StoreRows.report(m), StoreRows.month(m.event().date().date()))));

    long articleCount = articles.count();
    long eventCount = merged.filter(EventMerger.Merged::isFirstReport).count();
    long reportCount = merged.count();
    documents.unpersist();
    articles.unpersist();
    merged.unpersist();
    return new Summary(documentCount, articleCount, eventCount, reportCount, List.copyOf(errors.value()));
  }

  /** The documents of one input file, numbered in their order there; a bad file is an error, not a failure. */
  private static List<Numbered> read(String path, PortableDataStream stream, CollectionAccumulator<String> errors) {
    List<Numbered> out = new ArrayList<>();
    try (InputStream in = stream.open()) {
      DocumentSource.read(path, in, doc -> out.add(new Numbered(path + "\u0000" + String.format("%09d", out.size()), doc)),
          e -> errors.add(e.getMessage()));
    } catch (IngestException e) {
      errors.add(e.getMessage());
    } catch (IOException e) {
      errors.add(path + ": unreadable: " + e);
    }
    return out;
  }

  /** Codes a partition's documents; a document that fails is an error, not a failure of the job. */
  private static Iterator<Coded> code(Iterator<Numbered> docs, ReadOptions options, CollectionAccumulator<String> errors) {
    DocumentCoder coder = new DocumentCoder(ExecutorPipeline.get());
    List<Coded> out = new ArrayList<>();
    while (docs.hasNext()) {
      Numbered n = docs.next();
      try {
        DocumentCoder.Coding c = coder.code(coder.read(n.document(), options));
        if (c.failure() != null) {
          errors.add(c.failure().getMessage());
        } else {
          out.add(new Coded(n.order(), c.coded()));
        }
      } catch (IngestException e) {
        errors.add(e.getMessage());
      }
    }
    return out.iterator();
  }

  /** A report's event with its sort key (input order, then order in the article). */
  record Ordered(String key, Event event) implements Serializable {
  }

  private static Iterator<Tuple2<String, Ordered>> eventsByBlock(Coded c) {
    List<Tuple2<String, Ordered>> out = new ArrayList<>();
    List<Event> events = c.coded().events();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      out.add(new Tuple2<>(EventMerger.block(e), new Ordered(c.order() + "\u0000" + String.format("%06d", i), e)));
    }
    return out.iterator();
  }

  private static List<EventMerger.Merged> merge(Iterable<Ordered> block) {
    List<Ordered> inOrder = new ArrayList<>();
    block.forEach(inOrder::add);
    inOrder.sort(Comparator.comparing(Ordered::key));
    EventMerger merger = new EventMerger();
    List<EventMerger.Merged> out = new ArrayList<>();
    for (Ordered o : inOrder) {
      out.add(merger.add(o.event()));
    }
    return out;
  }

  /** The pipeline of this JVM: CoreNLP and the gazetteer load once per executor, on first use. */
  static final class ExecutorPipeline {
    private static volatile Stage<Article, CodedArticle> pipeline;

    private ExecutorPipeline() {
    }

    static Stage<Article, CodedArticle> get() {
      Stage<Article, CodedArticle> p = pipeline;
      if (p == null) {
        synchronized (ExecutorPipeline.class) {
          p = pipeline;
          if (p == null) {
            try {
              p = EventPipeline.assemble(NlpPipeline.shared(), Knowledge.load(Knowledge.UserFiles.NONE));
            } catch (IOException e) {
              throw new UncheckedIOException("gazetteer not found on this executor (set SITREP_CACHE)", e);
            }
            pipeline = p;
          }
        }
      }
      return p;
    }
  }

  /** {@code sitrep-spark INPUT OUTPUT [--published YYYY-MM-DD] [--partitions N]}, for spark-submit. */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: SparkIngest INPUT OUTPUT [--published YYYY-MM-DD] [--partitions N]");
      System.exit(64);
    }
    LocalDate published = null;
    int partitions = 0;
    for (int i = 2; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--published" -> published = LocalDate.parse(args[i + 1]);
        case "--partitions" -> partitions = Integer.parseInt(args[i + 1]);
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(64);
        }
      }
    }
    SparkSession spark = SparkSession.builder().appName("sitrep ingest").getOrCreate();
    int n = partitions > 0 ? partitions : spark.sparkContext().defaultParallelism();
    Summary s = run(spark, new Options(args[0], args[1], published, n));
    s.errors().forEach(e -> System.err.println("error: " + e));
    System.out.printf("read %d documents; %d articles, %d events from %d reports; Parquet in %s (%s)%n",
        s.documents(), s.articles(), s.events(), s.reports(), args[1],
        String.join(", ", EventStore.PARQUET_TABLES));
    spark.stop();
    System.exit(s.errors().isEmpty() ? 0 : s.articles() > 0 ? 2 : 1);
  }
}
