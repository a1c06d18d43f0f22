import * as $protobuf from "protobufjs";

export namespace continuum {

    namespace analyzer {

        namespace v1 {

            interface ICategoryScores extends continuum.analyzer.v1.CategoryScores.$Properties {
            }

            class CategoryScores {
                constructor(p?: continuum.analyzer.v1.CategoryScores.$Properties);
                $unknowns?: Uint8Array[];
                hateSpeech: number;
                offensive: number;
                threat: number;
                harassment: number;
                static create(properties: continuum.analyzer.v1.CategoryScores.$Shape): continuum.analyzer.v1.CategoryScores & continuum.analyzer.v1.CategoryScores.$Shape;
                static create(properties?: continuum.analyzer.v1.CategoryScores.$Properties): continuum.analyzer.v1.CategoryScores;
                static encode(m: continuum.analyzer.v1.CategoryScores.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.analyzer.v1.CategoryScores & continuum.analyzer.v1.CategoryScores.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.analyzer.v1.CategoryScores;
                static toObject(m: continuum.analyzer.v1.CategoryScores, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CategoryScores {
                interface $Properties {
                    hateSpeech?: (number|null);
                    offensive?: (number|null);
                    threat?: (number|null);
                    harassment?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.analyzer.v1.CategoryScores.$Properties;
            }

            interface IPostMetadata extends continuum.analyzer.v1.PostMetadata.$Properties {
            }

            class PostMetadata {
                constructor(p?: continuum.analyzer.v1.PostMetadata.$Properties);
                $unknowns?: Uint8Array[];
                cid: string;
                platform: string;
                language: string;
                createdAtMs: number;
                authorPseudonym: string;
                territory: string;
                scores?: (continuum.analyzer.v1.CategoryScores.$Properties|null);
                severity: string;
                hashtags: string[];
                simhash: Uint8Array;
                static create(properties: continuum.analyzer.v1.PostMetadata.$Shape): continuum.analyzer.v1.PostMetadata & continuum.analyzer.v1.PostMetadata.$Shape;
                static create(properties?: continuum.analyzer.v1.PostMetadata.$Properties): continuum.analyzer.v1.PostMetadata;
                static encode(m: continuum.analyzer.v1.PostMetadata.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): continuum.analyzer.v1.PostMetadata & continuum.analyzer.v1.PostMetadata.$Shape;
                static fromObject(d: { [k: string]: any }): continuum.analyzer.v1.PostMetadata;
                static toObject(m: continuum.analyzer.v1.PostMetadata, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PostMetadata {
                interface $Properties {
                    cid?: (string|null);
                    platform?: (string|null);
                    language?: (string|null);
                    createdAtMs?: (number|null);
                    authorPseudonym?: (string|null);
                    territory?: (string|null);
                    scores?: (continuum.analyzer.v1.CategoryScores.$Properties|null);
                    severity?: (string|null);
                    hashtags?: (string[]|null);
                    simhash?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = continuum.analyzer.v1.PostMetadata.$Properties;
            }
        }
    }
}
