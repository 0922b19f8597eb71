#include "checker/json_writer.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace claimcheck {
namespace {

std::string Dump(const nlohmann::json& j, int indent) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string Written(const nlohmann::json& j, int indent) {
  std::string out;
  JsonWriter w(&out, indent);
  WriteJsonTree(j, &w);
  EXPECT_TRUE(w.Done());
  return out;
}

// Writes an object's members in the reverse of their key order, so the writer must sort.
void WriteReversed(const nlohmann::json& j, JsonWriter* w) {
  if (!j.is_object()) {
    if (j.is_array()) {
      w->BeginArray();
      for (const auto& e : j) WriteReversed(e, w);
      w->EndArray();
    } else {
      w->Value(j);
    }
    return;
  }
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  w->BeginObject();
  for (auto k = keys.rbegin(); k != keys.rend(); ++k) {
    w->Key(*k);
    WriteReversed(j.at(*k), w);
  }
  w->EndObject();
}

TEST(JsonWriterTest, ScalarsAsNlohmannWritesThem) {
  const double doubles[] = {0.0, -0.0, 1.0, -1.0, 19626.0, 2.5, 0.1, 1e-5, 1e-4, 123456789012345.0,
                            1e15, 1e16, 1e21, -3.25e-300, 5e-324,
                            std::numeric_limits<double>::max(),
                            std::numeric_limits<double>::infinity(),
                            -std::numeric_limits<double>::infinity(),
                            std::numeric_limits<double>::quiet_NaN()};
  for (double d : doubles) EXPECT_EQ(Written(nlohmann::json(d), -1), Dump(nlohmann::json(d), -1)) << d;
  for (uint64_t u : {uint64_t{0}, uint64_t{7}, std::numeric_limits<uint64_t>::max()}) {
    EXPECT_EQ(Written(nlohmann::json(u), -1), Dump(nlohmann::json(u), -1));
  }
  for (int64_t i : {int64_t{-1}, std::numeric_limits<int64_t>::min()}) {
    EXPECT_EQ(Written(nlohmann::json(i), -1), Dump(nlohmann::json(i), -1));
  }
  for (const char* s : {"", "plain", "quote \" back \\ slash", "tab\tnl\ncr\rbs\bff\f",
                        "\x01\x1f\x7f", "sekitar 290 km — “kutip” 😀", "/solidus/"}) {
    EXPECT_EQ(Written(nlohmann::json(s), -1), Dump(nlohmann::json(s), -1)) << s;
  }
}

// Whole numbers take a shortcut past nlohmann's to_chars; at the edges of the shortcut
// (1e15, negative zero, the largest exact integers) and around it, the bytes must agree.
TEST(JsonWriterTest, WholeDoublesAsNlohmannWritesThem) {
  std::vector<double> values;
  for (int v = -2000; v <= 2000; ++v) values.push_back(v);
  for (double p = 1; p < 1e19; p *= 10) {
    for (double d : {p - 1, p, p + 1, 2 * p, 9.5 * p}) values.push_back(d), values.push_back(-d);
  }
  for (double d : {999999999999999.0, 999999999999999.5, 1e15 - 0.5, 1e15, 1e15 + 2, 9007199254740992.0,
                   9007199254740993.0, 0.5, -0.5, 19648.000000000004, -0.0}) {
    values.push_back(d);
  }
  std::mt19937_64 rng(7);
  for (int k = 0; k < 20000; ++k) {
    const int64_t bound = int64_t{1} << (rng() % 60);
    values.push_back(static_cast<double>(static_cast<int64_t>(rng() % static_cast<uint64_t>(bound)) - bound / 2));
  }
  for (double d : values) EXPECT_EQ(Written(nlohmann::json(d), -1), Dump(nlohmann::json(d), -1)) << d;
}

TEST(JsonWriterTest, InvalidUtf8IsReplacedAsNlohmannReplacesIt) {
  const std::string bad[] = {"a\xff" "b", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82",
                             "ok \xc3\xa9 then \x80"};
  for (const std::string& s : bad) EXPECT_EQ(Written(nlohmann::json(s), -1), Dump(nlohmann::json(s), -1));
}

TEST(JsonWriterTest, EmptyContainersAndNesting) {
  const nlohmann::json j = nlohmann::json::parse(
      R"({"b":[],"a":{},"c":[{},[],[1,[2,{"z":null,"y":true}]]],"d":{"x":{"w":"v"}}})");
  for (int indent : {-1, 0, 1, 2, 4}) EXPECT_EQ(Written(j, indent), Dump(j, indent)) << indent;
}

TEST(JsonWriterTest, MembersWrittenOutOfOrderComeOutSorted) {
  const nlohmann::json j = nlohmann::json::parse(
      R"({"zeta":1,"alpha":{"y":[3,{"q":1,"p":2}],"b":"x"},"mid":[{"k2":1,"k1":2}],"Upper":0,"a":null})");
  for (int indent : {-1, 1, 2}) {
    std::string out;
    JsonWriter w(&out, indent);
    WriteReversed(j, &w);
    EXPECT_EQ(out, Dump(j, indent)) << indent;
  }
}

TEST(JsonWriterTest, NestedAtALevelIndentsAsInsideALargerDocument) {
  const nlohmann::json inner = nlohmann::json::parse(R"({"a":[1,2],"b":{"c":"d"}})");
  const nlohmann::json outer = {{"list", {inner}}};
  std::string out;
  JsonWriter w(&out, 1, 2);
  w.Value(inner);
  // Inside {"list": [ ... ]} at indent 1 the element starts two levels deep.
  const std::string whole = Dump(outer, 1);
  EXPECT_NE(whole.find(out), std::string::npos) << out;
}

// Long strings take the eight-bytes-at-a-time path: a byte to escape, a multi-byte
// character or a broken one at every position of every length up to 40.
TEST(JsonWriterTest, EveryPositionOfALongStringIsEscapedAsNlohmannEscapesIt) {
  const std::string specials[] = {"\"", "\\", "\n", "\x01", "\x1f", "\x7f", "\xc3\xa9",
                                  "\xe2\x80\x9c", "\xff", "\xed\xa0\x80", " ", "~"};
  for (size_t len = 0; len <= 40; ++len) {
    for (size_t at = 0; at <= len; ++at) {
      for (const std::string& sp : specials) {
        std::string s(len, 'a');
        for (size_t k = 0; k < len; ++k) s[k] = static_cast<char>('!' + (k * 7) % 90);
        s.insert(at, sp);
        const nlohmann::json j = {{s, s}};
        ASSERT_EQ(Written(j, -1), Dump(j, -1)) << len << " " << at;
        ASSERT_EQ(Written(j, 2), Dump(j, 2)) << len << " " << at;
      }
    }
  }
}

// PlainKey writes what Key writes, in and out of order, compact or indented.
TEST(JsonWriterTest, PlainKeysAreWrittenAsKeysAre) {
  for (int indent : {-1, 0, 2}) {
    std::string a, b;
    JsonWriter wa(&a, indent), wb(&b, indent);
    for (JsonWriter* w : {&wa, &wb}) {
      const bool plain = w == &wb;
      w->BeginObject();
      for (const char* k : {"zeta", "attributed_to", "a", "high_open", "measures"}) {
        (plain ? w->PlainKey(k) : w->Key(k)).Uint(std::strlen(k));
      }
      w->EndObject();
    }
    EXPECT_EQ(a, b) << indent;
    EXPECT_EQ(nlohmann::json::parse(a).dump(indent), a) << indent;
  }
}

// A document reaches the string when it is complete, so a caller may add to the string
// between documents (extract ends each fact with a newline).
TEST(JsonWriterTest, DocumentsReachTheStringWhenComplete) {
  std::string out = "x";
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("a").BeginArray();
  w.Int(-1);
  EXPECT_EQ(out, "x");
  w.EndArray();
  w.EndObject();
  EXPECT_EQ(out, "x{\"a\":[-1]}");
  out += '\n';
  w.String("s");
  w.Uint(18446744073709551615u);
  EXPECT_EQ(out, "x{\"a\":[-1]}\n\"s\"18446744073709551615");
}

// Random trees: keys and strings of random bytes (control bytes, quotes, multi-byte and
// broken UTF-8), random doubles from their bit patterns, and every kind of value.
class RandomTree {
 public:
  explicit RandomTree(uint32_t seed) : rng_(seed) {}

  nlohmann::json Value(int depth) {
    switch (Pick(depth > 3 ? 6 : 8)) {
      case 0: return nullptr;
      case 1: return Pick(2) == 1;
      case 2: return static_cast<uint64_t>(rng_()) << Pick(40);
      case 3: return -static_cast<int64_t>(rng_() % 100000) - 1;
      case 4: return Double();
      case 5: return Text();
      case 6: {
        nlohmann::json a = nlohmann::json::array();
        for (int i = Pick(5); i > 0; --i) a.push_back(Value(depth + 1));
        return a;
      }
      default: {
        nlohmann::json o = nlohmann::json::object();
        for (int i = Pick(6); i > 0; --i) o[Text()] = Value(depth + 1);
        return o;
      }
    }
  }

 private:
  int Pick(int n) { return static_cast<int>(rng_() % static_cast<uint32_t>(n)); }

  double Double() {
    switch (Pick(3)) {
      case 0: return static_cast<double>(static_cast<int64_t>(rng_() % 2000001) - 1000000);
      case 1: return static_cast<double>(rng_()) / (1 + rng_() % 1000);
      default: {
        uint64_t bits = (static_cast<uint64_t>(rng_()) << 32) | rng_();
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
      }
    }
  }

  std::string Text() {
    static const char* const kPieces[] = {"a", "Z", "\"", "\\", "\n", "\x01", "\x1f", "\x7f", "é",
                                          "—", "😀", "\xff", "\xc3", "\xe2\x82", "\xed\xa0\x80", " ",
                                          "key", "/"};
    std::string s;
    for (int i = Pick(8); i > 0; --i) s += kPieces[Pick(sizeof(kPieces) / sizeof(kPieces[0]))];
    return s;
  }

  std::mt19937 rng_;
};

TEST(JsonWriterTest, RandomTreesAreWrittenAsNlohmannDumpsThem) {
  RandomTree gen(20261202);
  for (int i = 0; i < 3000; ++i) {
    const nlohmann::json j = gen.Value(0);
    for (int indent : {-1, 1}) {
      ASSERT_EQ(Written(j, indent), Dump(j, indent)) << "tree " << i << " indent " << indent;
    }
    std::string out;
    JsonWriter w(&out);
    WriteReversed(j, &w);
    ASSERT_EQ(out, Dump(j, -1)) << "tree " << i << " written in reverse key order";
  }
}

}  // namespace
}  // namespace claimcheck
