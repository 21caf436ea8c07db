// `html-page-gbk`: the report as a government site publishes it, inside the
// site's header, navigation, breadcrumb and footer, saved as GBK.
import type { SyntheticReport } from "./generateReport";
import type { Block } from "./document";
import { escapeHtml, plainHtmlBody } from "./renderHtml";
import type { Random } from "./random";

export function renderHtmlPage(report: SyntheticReport, title: string, blocks: Block[], random: Random): string {
  const region = report.meta.region;
  const site = `${region.county ?? region.city ?? region.province ?? ""}人民政府`;
  const year = (report.meta.year ?? 2021) + 1;
  const published = `${year}-0${random.int(1, 3)}-${String(random.int(10, 28))}`;
  const nav = ["首页", "政务公开", "政务服务", "互动交流", "走进本地"].map((t, i) => `<li><a href="/col/col${1000 + i}/index.html">${t}</a></li>`).join("");
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta charset="gb2312">
<title>${escapeHtml(title)}_${escapeHtml(site)}</title>
<meta name="SiteName" content="${escapeHtml(site)}">
<meta name="ArticleTitle" content="${escapeHtml(title)}">
<meta name="PubDate" content="${published} 09:30">
<link rel="stylesheet" href="/css/style.css">
<script type="text/javascript" src="/js/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="w1200"><span>欢迎访问${escapeHtml(site)}门户网站</span><a href="/">无障碍浏览</a> | <a href="/">长者模式</a></div></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="${escapeHtml(site)}"></div>
<form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<ul class="nav">${nav}</ul>
<div class="breadcrumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col1001/index.html">政务公开</a> &gt; <a href="/col/col1201/index.html">政府信息公开年报</a></div>
<div class="article">
<div class="art-title">${escapeHtml(title)}</div>
<div class="art-info">发布日期：${published}\u3000来源：${escapeHtml(report.meta.agency ?? "")}\u3000浏览次数：<span id="hits">${random.int(10, 9999)}</span>\u3000字体：[<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>]</div>
<div class="art-content" id="zoom">
${plainHtmlBody(blocks, random)}
</div>
<div class="art-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办单位：${escapeHtml(site)}办公室\u3000承办单位：${escapeHtml(site)}大数据发展管理中心</p>
<p>网站标识码：${random.int(1000000000, 3999999999)}\u3000<a href="https://beian.miit.gov.cn/">ICP备${random.int(10000000, 99999999)}号-1</a></p></div>
<script type="text/javascript">var _hits = document.getElementById("hits");</script>
</body>
</html>
`;
}
