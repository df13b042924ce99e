#pragma once
// The command line's grammar, declared by each subcommand through Options and parsed by
// CommandLine. CLI11 stays behind these two classes (command_line.cpp is the one file that
// includes it): the subcommands say what they take, not how a parser library is called.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}  // namespace CLI

namespace bordermap::cli {

// The options of the program or of one subcommand. Each call declares one option and where its
// value goes; `flags` are CLI11-style names: "-o,--output", "--map", or a positional "atlas".
class Options {
public:
    Options& positional(const std::string& name, std::string& into, const std::string& help);
    Options& text(const std::string& flags, std::string& into, const std::string& help);
    Options& required(const std::string& flags, std::string& into, const std::string& help);
    // The value's default is shown in --help.
    Options& text_with_default(const std::string& flags, std::string& into, const std::string& help);
    // One of `words` (the default shown in --help).
    Options& choice(const std::string& flags, std::string& into, const std::string& help, const std::vector<std::string>& words);
    // Repeatable: each occurrence adds one value.
    Options& repeated(const std::string& flags, std::vector<std::string>& into, const std::string& help);
    // Comma-separated and repeatable, each value one of `words`.
    Options& word_list(const std::string& flags, std::vector<std::string>& into, const std::string& help, const std::vector<std::string>& words);
    Options& number(const std::string& flags, double& into, const std::string& help, double min, double max);
    Options& number(const std::string& flags, int& into, const std::string& help, int min, int max);
    Options& number(const std::string& flags, unsigned& into, const std::string& help, unsigned min, unsigned max);
    // Comma-separated numbers; `count` > 0: exactly that many.
    Options& numbers(const std::string& flags, std::vector<double>& into, const std::string& help, std::size_t count = 0);
    Options& flag(const std::string& flags, bool& into, const std::string& help);
    // Two flags declared before that cannot be given together (e.g. "-q" and "-v").
    Options& exclusive(const std::string& first, const std::string& second);
    Options& footer(const std::string& text);

    bool parsed() const;  // this subcommand was the one given

private:
    friend class CommandLine;
    explicit Options(CLI::App* app) : app_(app) {}
    CLI::App* app_;
};

class CommandLine {
public:
    CommandLine(const std::string& description, const std::string& name, const std::string& version);
    ~CommandLine();
    CommandLine(const CommandLine&) = delete;
    CommandLine& operator=(const CommandLine&) = delete;

    Options& program() { return program_; }
    Options subcommand(const std::string& name, const std::string& description);

    // Parses; nullopt when the work may start, else the exit status after printing what was asked
    // (--help, --version: 0) or what was wrong (2).
    std::optional<int> parse(int argc, char** argv);

private:
    std::unique_ptr<CLI::App> app_;
    Options program_;
};

}  // namespace bordermap::cli
