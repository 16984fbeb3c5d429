// The caps that keep hostile or broken input from exhausting memory or time.
// One place, so the messages, the tests and the documentation agree.
#pragma once

#include <QtGlobal>

namespace PromptDeck::Core::Limits {

// Files are refused before parsing when they are larger than this.
//
// YAML (kits, briefs, maps, and the kit a session carries): yaml-cpp alone
// reads about 8 MiB a second here, so a larger cap cannot keep a hostile
// file (a one-line flow list, 100,000 keys) under a second. The files are
// small: the bundled kit is 29 KB, a brief 4 KB, and a topical map of a
// thousand articles, each with a brief of its own, about 600 KB.
inline constexpr qint64 maxYamlFileBytes = qint64(2) * 1024 * 1024;
inline constexpr qint64 maxSessionFileBytes = qint64(256) * 1024 * 1024;
inline constexpr qint64 maxJsonDataBytes = qint64(64) * 1024 * 1024;
inline constexpr qint64 maxPageTextBytes = qint64(4) * 1024 * 1024;

// YAML structure: kits are a handful of levels deep and a few thousand nodes.
inline constexpr int maxYamlDepth = 64;
inline constexpr int maxYamlAliases = 1000;
inline constexpr qsizetype maxYamlNodes = 200000;

// One answer (pasted, typed or read from a file), in UTF-16 code units.
inline constexpr qsizetype maxAnswerChars = qint64(16) * 1024 * 1024;

// Templates: how deep partials may include partials, and how much one render
// may produce (in UTF-16 code units).
inline constexpr int maxPartialDepth = 32;
inline constexpr qsizetype maxRenderedChars = qint64(256) * 1024 * 1024;
// Tags and texts one render may visit: sections nested over lists (or
// partials over lists) multiply, and may do that without writing a
// character, so the output cap alone does not bound the time.
inline constexpr qsizetype maxRenderSteps = qsizetype(2) * 1000 * 1000;

} // namespace PromptDeck::Core::Limits
