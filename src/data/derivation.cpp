#include "bordermap/data/derivation.hpp"

#include <stdexcept>

#include "bordermap/core/text.hpp"

namespace bordermap {
namespace {

// The operator a character (or a typographic sign) stands for, or 0.
char operator_at(std::string_view text, std::size_t& i) {
    static const std::pair<std::string_view, char> signs[] = {
        {"+", '+'}, {"-", '-'}, {"*", '*'}, {"/", '/'}, {"\u2212", '-'}, {"\u00D7", '*'}, {"\u00F7", '/'}, {"x", '*'}};
    for (const auto& [sign, op] : signs) {
        if (text.substr(i, sign.size()) == sign) {
            i += sign.size();
            return op;
        }
    }
    return 0;
}

int decimals_written(const std::string& number) {
    const auto point = number.find('.');
    return point == std::string::npos ? 0 : static_cast<int>(number.size() - point - 1);
}

const char* sign_of(char op) {
    switch (op) {
        case '+': return " + ";
        case '-': return " \u2212 ";
        case '*': return " \u00D7 ";
        default: return " \u00F7 ";
    }
}

}  // namespace

Derivation Derivation::parse(std::string_view text) {
    Derivation d;
    d.written_ = trim(text);
    const std::string& s = d.written_;
    if (s.empty()) throw std::invalid_argument("the derivation is empty");
    int depth = 0;
    bool want_operand = true;  // the grammar alternates operands and operators
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == ' ') {
            ++i;
            continue;
        }
        if (want_operand && s[i] == '(') {
            d.tokens_.push_back({Token::Kind::open});
            ++depth;
            ++i;
        } else if (want_operand && s[i] == '[') {
            const auto close = s.find(']', i);
            if (close == std::string::npos) throw std::invalid_argument("'" + s + "' opens a [region] without closing it");
            const std::string name = trim(s.substr(i + 1, close - i - 1));
            if (name.empty()) throw std::invalid_argument("'" + s + "' has an empty [ ]; write the region whose figure is meant");
            d.tokens_.push_back({Token::Kind::reference, 0, 0, d.references_.size()});
            d.references_.push_back(name);
            i = close + 1;
            want_operand = false;
        } else if (want_operand) {
            // A number runs to the next operator, bracket or end (thousands separators may be spaces).
            std::size_t end = i;
            while (end < s.size() && std::string_view("+*/()[]x").find(s[end]) == std::string_view::npos && s.compare(end, 3, "\u2212") != 0 &&
                   s.compare(end, 2, "\u00D7") != 0 && s.compare(end, 2, "\u00F7") != 0 && !(s[end] == '-' && end > i))
                ++end;
            const std::string written = trim(s.substr(i, end - i));
            const auto value = parse_number(written);
            if (!value) throw std::invalid_argument("'" + s + "': '" + written + "' is not a number; write e.g. 4701 - 1985, or [region] for another figure");
            d.tokens_.push_back({Token::Kind::number, *value, decimals_written(written)});
            i = end;
            want_operand = false;
        } else if (s[i] == ')') {
            if (--depth < 0) throw std::invalid_argument("'" + s + "' closes a parenthesis it did not open");
            d.tokens_.push_back({Token::Kind::close});
            ++i;
        } else if (const char op = operator_at(s, i)) {
            d.tokens_.push_back({Token::Kind::op, 0, 0, 0, op});
            want_operand = true;
        } else {
            throw std::invalid_argument("'" + s + "': expected + - * or / at '" + s.substr(i) + "'");
        }
    }
    if (want_operand) throw std::invalid_argument("'" + s + "' ends with an operator; write e.g. 4701 - 1985");
    if (depth != 0) throw std::invalid_argument("'" + s + "' leaves a parenthesis open");
    return d;
}

double Derivation::evaluate(const std::vector<double>& reference_values) const {
    // Precedence climbing over the checked infix tokens.
    std::size_t at = 0;
    auto primary = [&](auto& expression) -> double {
        const Token& t = tokens_[at++];
        if (t.kind == Token::Kind::open) {
            const double inner = expression(expression, 0);
            ++at;  // the closing parenthesis
            return inner;
        }
        return t.kind == Token::Kind::number ? t.number : reference_values.at(t.reference);
    };
    auto expression = [&](auto& self, int min_precedence) -> double {
        double left = primary(self);
        while (at < tokens_.size() && tokens_[at].kind == Token::Kind::op) {
            const char op = tokens_[at].op;
            const int precedence = op == '+' || op == '-' ? 1 : 2;
            if (precedence < min_precedence) break;
            ++at;
            const double right = self(self, precedence + 1);
            if (op == '/' && right == 0) throw std::invalid_argument("'" + written_ + "' divides by zero");
            left = op == '+' ? left + right : op == '-' ? left - right : op == '*' ? left * right : left / right;
        }
        return left;
    };
    return expression(expression, 0);
}

std::string Derivation::in_words(const std::vector<std::string>& reference_values_text) const {
    std::string out;
    for (const Token& t : tokens_) {
        switch (t.kind) {
            case Token::Kind::number: out += format_number(t.number, t.decimals); break;
            case Token::Kind::reference: out += references_[t.reference] + " " + reference_values_text.at(t.reference); break;
            case Token::Kind::op: out += sign_of(t.op); break;
            case Token::Kind::open: out += "("; break;
            case Token::Kind::close: out += ")"; break;
        }
    }
    return out;
}

}  // namespace bordermap
