package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fuzz target for the server's parameter parsing: any query gives values or a {@link BadParameter}
 * naming the parameter, never another exception (a 500). Seeds in {@code ParamsFuzzTestInputs/}.
 */
class ParamsFuzzTest {
  private static final List<String> NAMES = List.of("from", "to", "country", "admin1", "actor", "type", "limit",
      "offset", "interval", "by");

  @FuzzTest(maxDuration = "60s")
  void anyQueryGivesValuesOrAnErrorNamingTheParameter(FuzzedDataProvider data) {
    Map<String, String> query = new HashMap<>();
    for (String name : NAMES) {
      if (data.consumeBoolean()) {
        query.put(name, data.consumeString(300));
      }
    }
    Params.Query q = query::get;
    try {
      Params.filter(q);
      Params.integer(q, "limit", 100, 1, 1000);
      Params.integer(q, "offset", 0, 0, Integer.MAX_VALUE);
      Params.interval(q);
      Params.grouping(q);
      Params.requiredDate(q, "from");
    } catch (BadParameter e) {
      assertThat(NAMES).contains(e.parameter);
    }
  }
}
