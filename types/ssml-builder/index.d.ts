/** Type declarations for ssml-builder 0.4, which ships none; only the methods this project uses. */
declare module 'ssml-builder' {
  interface ProsodyAttributes {
    rate?: string;
    pitch?: string;
    volume?: string;
  }

  interface SayAsOptions {
    word: string;
    interpret?:
      | 'characters'
      | 'spell-out'
      | 'cardinal'
      | 'number'
      | 'ordinal'
      | 'digits'
      | 'fraction'
      | 'unit'
      | 'date'
      | 'time'
      | 'telephone'
      | 'address'
      | 'interjection'
      | 'expletive';
    format?: string;
  }

  /** Builds an SSML document; text passed to say, sentence, paragraph and prosody is escaped. */
  class Speech {
    say(text: string): this;
    /** Appends SSML as it is, unescaped: only for markup this project wrote. */
    sayWithSSML(ssml: string): this;
    sentence(text: string): this;
    paragraph(text: string): this;
    /** A break of at most 10 s, written like "750ms" or "2s"; longer durations throw. */
    pause(duration: string): this;
    audio(url: string): this;
    /** Not escaped: pass only trusted words such as digits. */
    sayAs(options: SayAsOptions): this;
    prosody(attributes: ProsodyAttributes, text: string): this;
    emphasis(level: 'strong' | 'moderate' | 'reduced', text: string): this;
    ssml(excludeSpeakTag?: boolean): string;
  }

  export = Speech;
}
