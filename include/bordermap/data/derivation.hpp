#pragma once
// How a derived figure was worked out from the document's own numbers: "4701 - 1985", or from
// other figures of the table, named by region in brackets: "[Liaoning and Jilin] - [Liaoning]".
#include <string>
#include <string_view>
#include <vector>

namespace bordermap {

class Derivation {
public:
    // Numbers (thousands separators allowed), [region] references, + - * / (also − × ÷) and
    // parentheses. Throws std::invalid_argument saying what is wrong.
    static Derivation parse(std::string_view text);

    const std::string& written() const { return written_; }
    // The regions referred to, in the order written (a region named twice is listed twice).
    const std::vector<std::string>& references() const { return references_; }
    // Its value, given the value of each reference in the order of references(). Throws
    // std::invalid_argument on a division by zero.
    double evaluate(const std::vector<double>& reference_values) const;
    // For readers: "4,701 − 1,985", "Liaoning and Jilin 4,701 − Liaoning 1,985".
    std::string in_words(const std::vector<std::string>& reference_values_text) const;

private:
    struct Token {
        enum class Kind { number, reference, op, open, close } kind;
        double number = 0;
        int decimals = 0;       // of a number, as written
        std::size_t reference = 0;
        char op = 0;            // '+', '-', '*', '/'
    };
    std::string written_;
    std::vector<std::string> references_;
    std::vector<Token> tokens_;  // infix, checked by parse()
};

}  // namespace bordermap
