package org.sitrep.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sitrep.store.StoreRows;

/**
 * Writes the store's tables as Parquet under one folder, a sub-folder a table, partitioned by month
 * ({@code month=2020-05/}): the column names and types of {@link StoreRows}, so DuckDB reads them back
 * into a store by name.
 */
record ParquetTables(SparkSession spark, String output) {

  /** A row of store values with its month appended; String arrays become Scala lists, as Spark wants them. */
  static Row row(Object[] values, String month) {
    Object[] out = Arrays.copyOf(values, values.length + 1);
    for (int i = 0; i < values.length; i++) {
      if (out[i] instanceof String[] array) {
        out[i] = scala.jdk.javaapi.CollectionConverters.asScala(Arrays.asList(array)).toList();
      }
    }
    out[values.length] = month;
    return RowFactory.create(out);
  }

  void write(String table, List<StoreRows.Column> columns, JavaRDD<Row> rows) {
    List<StructField> fields = new ArrayList<>();
    for (StoreRows.Column c : columns) {
      fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
    }
    fields.add(DataTypes.createStructField("month", DataTypes.StringType, false));
    spark.createDataFrame(rows, new StructType(fields.toArray(new StructField[0])))
        .write().mode(SaveMode.Overwrite).partitionBy("month")
        .parquet(output + "/" + table);
  }

  private static DataType type(String sql) {
    return switch (sql) {
      case "VARCHAR" -> DataTypes.StringType;
      case "INTEGER" -> DataTypes.IntegerType;
      case "BIGINT" -> DataTypes.LongType;
      case "DOUBLE" -> DataTypes.DoubleType;
      case "DATE" -> DataTypes.DateType;
      case "VARCHAR[]" -> DataTypes.createArrayType(DataTypes.StringType);
      default -> throw new IllegalArgumentException("no Spark type for " + sql);
    };
  }
}
