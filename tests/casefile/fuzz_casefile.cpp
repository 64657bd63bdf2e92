// libFuzzer target for the case-file loader. An input that starts with the magic is read as a whole
// file (header checks); any other input is taken as a payload and given a correct header and SHA-256
// first, so the fuzzer reaches the Boost archive loader and the validation behind the checksum.
// Build: cmake -DATTUNE_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ (see docs/case-file-format.md).
#include "casefile/CaseFile.h"
#include "casefile/CaseFileHeader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray file = input.startsWith(attune::CaseFileHeader::kMagic)
                                ? input
                                : attune::CaseFileHeader::describe(input).encode() + input;
    // A far "today": dates are then never in the future, so validation runs on everything else.
    const auto result = attune::parseCaseFile(file, QStringLiteral("fuzz.attune"), QDate(2100, 1, 1));
    // A refusal must be one sentence; anything else is a finding.
    if (!result && (result.error().isEmpty() || result.error().contains(QLatin1Char('\n'))))
        std::abort();
    return 0;
}
