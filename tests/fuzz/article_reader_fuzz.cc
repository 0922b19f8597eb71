// Fuzz target: the article reader on arbitrary bytes as a .txt article (with a sidecar),
// a .json article or a .jsonl stream. The first byte picks the form. Nothing may crash;
// errors are fine.
#include <cstddef>
#include <cstdint>
#include <string>

#include "checker/article_reader.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimcheck;
  if (size == 0) return 0;
  const std::string& dir = fuzz::Scratch();
  const uint8_t form = data[0] % 4;
  ++data;
  --size;
  std::string path;
  switch (form) {
    case 0:
      path = dir + "/a.txt";
      fuzz::WriteFile(path, data, size);
      std::remove((dir + "/a.json").c_str());
      break;
    case 1: {  // a .txt with the bytes as its sidecar
      path = dir + "/b.txt";
      const uint8_t text[] = "Sebanyak 5 orang tewas.";
      fuzz::WriteFile(path, text, sizeof text - 1);
      fuzz::WriteFile(dir + "/b.json", data, size);
      break;
    }
    case 2:
      path = dir + "/c.json";
      fuzz::WriteFile(path, data, size);
      break;
    default:
      path = dir + "/d.jsonl";
      fuzz::WriteFile(path, data, size);
      break;
  }
  for (bool keep_going : {false, true}) {
    ReadOptions opt;
    opt.keep_going = keep_going;
    opt.max_article_bytes = 1 << 20;
    size_t articles = 0;
    (void)ReadArticles(
        {path}, opt,
        [&](Article a) {
          ++articles;
          // Every article's text must be valid for the rest of the pipeline: no NUL.
          if (a.text.find('\0') != std::string::npos) __builtin_trap();
          return absl::OkStatus();
        },
        [](const std::string&) {});
  }
  return 0;
}
