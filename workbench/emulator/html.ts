/** HtmlService and HtmlOutput; page sources come from EmulatorOptions.htmlFiles. */
import { asGas, type EmulatorContext } from './context';
import { enumName, SandboxMode, XFrameOptionsMode } from './enums';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type HtmlService = GoogleAppsScript.HTML.HtmlService;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** An HTML page being assembled for a sidebar or dialog. */
class FakeHtmlOutput
  implements
    Pick<
      HtmlOutput,
      | 'getContent'
      | 'setContent'
      | 'append'
      | 'appendUntrusted'
      | 'clear'
      | 'getTitle'
      | 'setTitle'
      | 'getWidth'
      | 'setWidth'
      | 'getHeight'
      | 'setHeight'
      | 'setXFrameOptionsMode'
      | 'setSandboxMode'
    >
{
  title = '';
  width = 300;
  height = 300;
  xFrameOptions = 'DEFAULT';
  constructor(public content: string) {}
  private self(): HtmlOutput {
    return asGas(this);
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.content = content;
    return this.self();
  }
  append(added: string): HtmlOutput {
    this.content += added;
    return this.self();
  }
  appendUntrusted(added: string): HtmlOutput {
    this.content += escapeHtml(added);
    return this.self();
  }
  clear(): HtmlOutput {
    this.content = '';
    return this.self();
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): HtmlOutput {
    this.title = title;
    return this.self();
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): HtmlOutput {
    this.width = width;
    return this.self();
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): HtmlOutput {
    this.height = height;
    return this.self();
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    this.xFrameOptions = enumName(mode);
    return this.self();
  }
  /** Only IFRAME exists today; other modes are accepted and ignored, as in Apps Script. */
  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    return this.self();
  }
}

/** The HtmlService global. */
export function createHtmlService(ctx: EmulatorContext): HtmlService {
  const output = (html: string): HtmlOutput => asGas(ctx.track(new FakeHtmlOutput(html), 'HtmlOutput'));
  const service: Pick<
    HtmlService,
    'createHtmlOutput' | 'createHtmlOutputFromFile' | 'XFrameOptionsMode' | 'SandboxMode'
  > = {
    XFrameOptionsMode: asGas(XFrameOptionsMode),
    SandboxMode: asGas(SandboxMode),
    createHtmlOutput: (html?: unknown) => output(html === undefined ? '' : String(html)),
    createHtmlOutputFromFile: (filename: string) => {
      const files = ctx.options.htmlFiles;
      const source = files?.(filename) ?? files?.(filename.replace(/\.html$/, ''));
      if (source === undefined) throw new Error(`No HTML file named ${filename} was found.`);
      return output(source);
    },
  };
  return asGas(ctx.track(service, 'HtmlService'));
}
