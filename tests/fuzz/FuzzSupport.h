#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// Shared by every fuzz target: one QCoreApplication for translate(), resources and the event loop,
// created on first use because libFuzzer owns main().
namespace FuzzSupport {

void ensureApp();
QByteArray bytes(const uint8_t *data, size_t size);
// The input as text the way the engine receives pasted or DNS text: UTF-8 with replacement chars.
QString text(const uint8_t *data, size_t size);

} // namespace FuzzSupport

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
