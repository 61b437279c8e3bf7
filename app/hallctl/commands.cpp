#include "cli.h"

namespace hd::cli {

// One line per command; each is implemented in a cmd_*.cpp file.
int runInit(Context &);
int runCheckId(Context &);
int runCheckUscc(Context &);
int runAmountWords(Context &);
int runGenerate(Context &);
int runSearch(Context &);
int runAccount(Context &);

const std::vector<Command> &commands()
{
    static const std::vector<Command> all = {
        {"init", "创建或升级本机数据库 / create or upgrade the local store", runInit},
        {"check-id", "校验身份证号码 / check a resident ID number", runCheckId},
        {"check-uscc", "校验统一社会信用代码 / check a unified social credit code", runCheckUscc},
        {"amount-words", "金额转人民币大写 / amount in Chinese capitals", runAmountWords},
        {"generate", "生成演示数据 / generate demo data", runGenerate},
        {"search", "查找客户 / find accounts", runSearch},
        {"account", "查看一户一档 / show an account's whole file", runAccount},
    };
    return all;
}

} // namespace hd::cli
